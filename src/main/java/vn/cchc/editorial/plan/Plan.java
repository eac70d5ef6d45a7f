package vn.cchc.editorial.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One agency's communication plan for one year, as its plan file states it. Instances come from
 * {@link PlanCatalog}, which has validated every reference in them.
 *
 * @param year the plan's year
 * @param agency the agency's Vietnamese name
 * @param title the plan's reference and title, for reports; may be null
 * @param budget where the money comes from, for reports; may be null
 * @param units every unit, authoring units first as the file lists them
 * @param channels every channel
 * @param quotaRules every quota rule
 * @param reminderWorkingDaysBeforeDeadline working days before a quota's deadline day on which the lead unit
 *     is reminded, at 08:00
 * @param review the Editorial Board's review deadlines
 * @param provincialHandOffChaseWorkingDays working days after a hand-off before it is chased
 * @param monthlyReportDay the day of the following month by which each unit reports to the Office
 * @param workingDays the plan's working-day calendar, which also holds its time zone
 * @param periodicReports the periodic reports to Sở Nội vụ: windows, due days, header facts
 * @param rejectedItemFilesKeptDays days the pictures and documents of a rejected item are kept after the Board's
 *     rejection, then removed (the item's record stays)
 */
public record Plan(int year, String agency, String title, String budget, List<Unit> units,
                   List<Channel> channels, List<QuotaRule> quotaRules, int reminderWorkingDaysBeforeDeadline,
                   ReviewDeadlines review, int provincialHandOffChaseWorkingDays, int monthlyReportDay,
                   WorkingDays workingDays, PeriodicReports periodicReports, int rejectedItemFilesKeptDays) {

    /** The zone of a plan file that names none (plans/plan-*.yaml, {@code timeZone}). */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** {@link #rejectedItemFilesKeptDays} when the plan file does not say. */
    public static final int DEFAULT_REJECTED_ITEM_FILES_KEPT_DAYS = 90;

    public Plan {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(periodicReports, "periodicReports");
        units = List.copyOf(units);
        channels = List.copyOf(channels);
        quotaRules = List.copyOf(quotaRules);
    }

    public ZoneId timeZone() {
        return workingDays.zone();
    }

    /**
     * The time zone a plan file names in {@code timeZone} (an IANA id such as "Asia/Ho_Chi_Minh"), or
     * {@link #DEFAULT_TIME_ZONE} when it names none: the one rule for the plans' zone, from which the
     * application clock is made (ClockConfiguration).
     *
     * @throws java.time.DateTimeException when the id names no zone
     */
    public static ZoneId timeZoneOf(String declared) {
        return declared == null ? DEFAULT_TIME_ZONE : ZoneId.of(declared);
    }

    /** Every quota period of the year, ordered by deadline, then as the rules are listed. */
    public List<QuotaPeriod> periods() {
        return quotaRules.stream()
                .flatMap(rule -> rule.periodsIn(year, workingDays, reminderWorkingDaysBeforeDeadline).stream())
                .sorted(Comparator.comparing(QuotaPeriod::deadline))
                .toList();
    }

    /** The periods of every rule on this channel that hold the date (a day may be in a month and a quarter). */
    public List<QuotaPeriod> periodsContaining(String channel, LocalDate date) {
        return periods().stream()
                .filter(period -> period.channel().equals(channel) && period.contains(date))
                .toList();
    }

    public Optional<QuotaRule> quotaRule(String id) {
        return quotaRules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    public Optional<Unit> unit(String code) {
        return units.stream().filter(unit -> unit.code().equals(code)).findFirst();
    }

    public Optional<Channel> channel(String code) {
        return channels.stream().filter(channel -> channel.code().equals(code)).findFirst();
    }

    /** The units whose people write items, in the file's order. */
    public List<Unit> authoringUnits() {
        return units.stream().filter(Unit::isAuthoring).toList();
    }

    /** The Editorial Board's code: the candidate group of every review. */
    public String editorialBoard() {
        return onlyUnitWith(UnitRole.EDITORIAL_BOARD);
    }

    /** The Office's monitors' code (plan V.6): the candidate group of escalations and missed quotas. */
    public String office() {
        return onlyUnitWith(UnitRole.OFFICE);
    }

    /** The one channel the application posts itself ({@link Publication#DIRECT}), if the plan has one. */
    public Optional<Channel> directChannel() {
        return channels.stream().filter(channel -> !channel.isHandOff()).findFirst();
    }

    /** The Board of Directors' code. */
    public String directors() {
        return onlyUnitWith(UnitRole.DIRECTORS);
    }

    private String onlyUnitWith(UnitRole role) {
        return units.stream().filter(unit -> unit.role() == role).map(Unit::code).findFirst()
                .orElseThrow(() -> new IllegalStateException("the plan of " + year + " has no unit " + role));
    }
}
