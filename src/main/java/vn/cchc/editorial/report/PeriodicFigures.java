package vn.cchc.editorial.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a periodic report to Sở Nội vụ says, counted for its data window ({@link PeriodicFiguresCounter}).
 * The .docx and the .xlsx are both filled from one instance, so they always agree.
 *
 * @param period       the report ("2024-Q1")
 * @param label        "quý I năm 2024"
 * @param windowStart  first day of the data window, inclusive
 * @param windowEnd    last day of the data window, inclusive
 * @param units        one row per authoring unit, in the plan's order
 * @param channels     one row per channel of the plan, in the plan's order
 * @param items        the items published in the window, by date then title
 * @param otherForms   the other forms of communication the units reported in their monthly reports due in
 *                     the window, one row per unit and form with a count above zero
 * @param difficulties the units' difficulties from those monthly reports, one row per non-empty text
 * @param proposals    the units' proposals from those monthly reports, one row per non-empty text
 */
public record PeriodicFigures(String period, String label, LocalDate windowStart, LocalDate windowEnd,
                              List<Row> units, List<Row> channels, List<Item> items, List<OtherForm> otherForms,
                              List<Note> difficulties, List<Note> proposals) {

    /**
     * The figures of one unit or one channel. Quota periods are those whose deadline falls in the window,
     * judged by quota.QuotaCounter.
     *
     * @param published items published in the window
     * @param met       quota periods met by the items' own publication dates
     * @param missed    quota periods not met
     * @param credited  quota periods met only thanks to the Office's hand credits
     */
    public record Row(String code, String name, int published, int met, int missed, int credited) {
    }

    /** One published item: its title, unit's and channel's names, publication date and address (may be empty). */
    public record Item(long id, String title, String unit, String channel, LocalDate publishedOn, String link) {
    }

    /** One form of communication of one unit over the window's monthly reports: the total count and the notes. */
    public record OtherForm(String unit, String form, int count, String note) {
    }

    /** One unit's text of one monthly report ("tháng 1/2024: …"). */
    public record Note(String unit, String text) {
    }
}
