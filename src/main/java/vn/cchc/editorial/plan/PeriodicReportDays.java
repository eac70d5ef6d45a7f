package vn.cchc.editorial.plan;

/**
 * When one kind of periodic report to Sở Nội vụ counts and is due (plan V.6), as days of a month: the
 * data window runs from {@code windowStartDay} of the last month of the previous period to
 * {@code windowEndDay} of the last month of this one, and the report is due on {@code dueDay} of this
 * period's last month. Each day is 1 to 28 and the window ends before the due day (checked when the plan
 * file is read, docs/plan-file.md).
 *
 * @param windowStartDay day of the previous period's last month on which the window starts (inclusive)
 * @param windowEndDay   day of this period's last month on which the window ends (inclusive)
 * @param dueDay         day of this period's last month by which the Directors approve the report
 */
public record PeriodicReportDays(int windowStartDay, int windowEndDay, int dueDay) {

    /** The provincial Sở Nội vụ practice: 15th of the previous last month to the 14th, due on the 20th. */
    public static final PeriodicReportDays DEFAULT = new PeriodicReportDays(15, 14, 20);
}
