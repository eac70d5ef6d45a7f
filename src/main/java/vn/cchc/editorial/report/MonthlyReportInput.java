package vn.cchc.editorial.report;

import jakarta.validation.constraints.Pattern;
import vn.cchc.editorial.article.TextLength;

/**
 * What a unit reports on Task_SubmitMonthlyReport beyond its items: the other forms of communication of
 * plan section III.2, each a count and a short description, then difficulties and proposals. Read from
 * the form's variables as text ({@link RecordMonthlyReport}), so a count that is not a whole number is
 * refused here, not by a conversion error; checked by {@code article.InputConstraints}, messages in
 * ValidationMessages.properties.
 *
 * @param meetingsCount      meetings and conferences that integrated CCHC content: a whole number, 0 to 9999
 * @param partyUnionCount    Party cell and union activities
 * @param serviceCentreCount postings at the public administrative service centre
 * @param videosCount        videos on radio, TV or Zalo
 * @param studyVisitsCount   study visits
 * @param difficulties       difficulties met, "" when none
 * @param proposals          proposals to the Office, "" when none
 */
public record MonthlyReportInput(
        @Pattern(regexp = COUNT, message = "{cchc.field.meetings} {cchc.report.count.invalid}") String meetingsCount,
        @TextLength(max = MonthlyReport.NOTE_MAX, message = "{cchc.field.meetings}: {cchc.report.note} {cchc.text.tooLong}") String meetingsNote,
        @Pattern(regexp = COUNT, message = "{cchc.field.partyUnion} {cchc.report.count.invalid}") String partyUnionCount,
        @TextLength(max = MonthlyReport.NOTE_MAX, message = "{cchc.field.partyUnion}: {cchc.report.note} {cchc.text.tooLong}") String partyUnionNote,
        @Pattern(regexp = COUNT, message = "{cchc.field.serviceCentre} {cchc.report.count.invalid}") String serviceCentreCount,
        @TextLength(max = MonthlyReport.NOTE_MAX, message = "{cchc.field.serviceCentre}: {cchc.report.note} {cchc.text.tooLong}") String serviceCentreNote,
        @Pattern(regexp = COUNT, message = "{cchc.field.videos} {cchc.report.count.invalid}") String videosCount,
        @TextLength(max = MonthlyReport.NOTE_MAX, message = "{cchc.field.videos}: {cchc.report.note} {cchc.text.tooLong}") String videosNote,
        @Pattern(regexp = COUNT, message = "{cchc.field.studyVisits} {cchc.report.count.invalid}") String studyVisitsCount,
        @TextLength(max = MonthlyReport.NOTE_MAX, message = "{cchc.field.studyVisits}: {cchc.report.note} {cchc.text.tooLong}") String studyVisitsNote,
        @TextLength(max = MonthlyReport.TEXT_MAX, message = "{cchc.field.difficulties} {cchc.text.tooLong}") String difficulties,
        @TextLength(max = MonthlyReport.TEXT_MAX, message = "{cchc.field.proposals} {cchc.text.tooLong}") String proposals) {

    /** A count: a whole number of at most four digits (0 to 9999), no sign, no decimals. */
    public static final String COUNT = "[0-9]{1,4}";
}
