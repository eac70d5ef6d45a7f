package vn.cchc.editorial.dashboard;

import vn.cchc.editorial.report.MonthlyReportStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the dashboard shows for one plan year, as {@code GET /api/dashboard?year=} returns it and the
 * page renders it (docs/api.md describes each field).
 *
 * @param year the plan's year
 * @param today the plan's day on the application clock
 * @param monthly one matrix per monthly rule on the channel the department posts itself: authoring units by months
 * @param quarterly one row per quarterly rule on a hand-off channel: its quarters
 * @param nextDeadlines the periods whose deadline has not passed, soonest first (at most {@link #NEXT_DEADLINES})
 * @param monthlyReports the units' reports due this month (on the month before), or the year's last one due
 *                       before today in a past year: who reported on time, late or not at all
 * @param overdueTasks open tasks past their due date that the caller may read, most overdue first
 * @param escalations open escalation tasks (missed quota, review or hand-off intervention)
 * @param charts items published in the year, by topic, unit and month
 */
public record Dashboard(int year, LocalDate today, List<MonthlyMatrix> monthly, List<QuarterRow> quarterly,
                        List<Deadline> nextDeadlines, MonthlyReports monthlyReports, List<OpenTask> overdueTasks,
                        List<OpenTask> escalations, Charts charts) {

    public static final int NEXT_DEADLINES = 6;

    /**
     * One period as a matrix cell.
     *
     * @param periodId the period's id, for {@code /api/dashboard/periods/{periodId}}
     * @param label "tháng 3/2024" or "quý I/2024"
     * @param state where it stands, {@link PeriodState}
     * @param stateLabel the state in Vietnamese, as the page prints it
     * @param counted how many items count for it (publications and hand credits)
     * @param minimum how many it needs
     * @param leadUnit the lead unit's code
     * @param leadUnitName the lead unit's name
     * @param link the page that lists its items and its escalation task
     */
    public record Cell(String periodId, String label, PeriodState state, String stateLabel, int counted, int minimum,
                       String leadUnit, String leadUnitName, String link) {
    }

    /** A monthly rule's matrix: {@code units} in the plan's order, each with 12 months (null where it does not lead). */
    public record MonthlyMatrix(String ruleId, String channel, String channelName, List<UnitMonths> units) {
    }

    /** @param months twelve entries, January first; null where the unit does not lead that month */
    public record UnitMonths(String unit, String unitName, List<Cell> months) {
    }

    /** @param quarters four entries, the first quarter first */
    public record QuarterRow(String ruleId, String channel, String channelName, List<Cell> quarters) {
    }

    /** @param daysLeft calendar days from today to the deadline's day (0 on the day itself) */
    public record Deadline(Cell period, String channelName, OffsetDateTime deadline, long daysLeft) {
    }

    /**
     * An open task.
     *
     * @param id the task's id
     * @param name its name as Tasklist shows it
     * @param taskKey its BPMN id, for example {@code Task_HandleMissedQuota}
     * @param holder who holds it: the assignee, or the candidate groups' names when nobody has claimed it
     * @param created when it was created
     * @param due its due date, or null
     * @param ageDays whole days since it was created
     * @param overdueDays whole days since its due date (0 when not yet due or without one)
     * @param processInstanceId the instance it belongs to
     * @param cockpitLink that instance in Cockpit
     * @param periodId the quota period it is about, for a missed quota; otherwise null
     */
    public record OpenTask(String id, String name, String taskKey, String holder, Instant created, Instant due,
                           long ageDays, long overdueDays, String processInstanceId, String cockpitLink, String periodId) {
    }

    /**
     * The units' reports on one month.
     *
     * @param month "2024-10"
     * @param monthLabel "10/2024"
     * @param dueAt the end of the plan's report day in the next month
     * @param link the page with every unit's report on the month
     * @param units the plan's authoring units, in its order
     */
    public record MonthlyReports(String month, String monthLabel, Instant dueAt, String link, List<UnitReport> units) {
    }

    /**
     * @param status where the unit's report stands (ON_TIME, LATE, MISSING, NOT_DUE)
     * @param statusLabel the status in Vietnamese, as the page prints it
     * @param submittedAt when it was submitted, or null
     * @param link the unit's report on the month's page
     */
    public record UnitReport(String unit, String unitName, MonthlyReportStatus status, String statusLabel,
                             Instant submittedAt, String link) {
    }

    /** @param count how many distinct items were published (an item on two channels counts once, in its first month) */
    public record Bar(String key, String label, long count) {
    }

    public record Charts(List<Bar> byTopic, List<Bar> byUnit, List<Bar> byMonth) {
    }
}
