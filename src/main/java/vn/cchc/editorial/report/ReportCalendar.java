package vn.cchc.editorial.report;

import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.PlanDates;
import vn.cchc.editorial.plan.WorkingDays;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;

/**
 * When a unit's report on a month opens and is due (plan V.2): it opens at the start (00:00) of the first
 * working day of the following month, by the working-day calendar of that month's plan (for December, next
 * year's plan when it is already loaded, otherwise this plan's); it is due at 23:59:59 on the plan's
 * {@code monthlyReportDay} of that month, in the plan's time zone (the application clock's, {@link PlanDates}); a report not in by then is chased by
 * the Office from the opening ({@link WorkingDays#OPENING_TIME}) of the first working day after the due day.
 */
final class ReportCalendar {

    private ReportCalendar() {
    }

    /** The month a report is about from its key ("2024-03"); "Tháng" label "3/2024". */
    static String label(YearMonth month) {
        return month.getMonthValue() + "/" + month.getYear();
    }

    static ZonedDateTime opensAt(Plan plan, PlanCatalog plans, YearMonth month, Clock clock) {
        YearMonth next = month.plusMonths(1);
        return calendarOf(plan, plans, next).plusWorkingDays(PlanDates.startOfDay(next.atDay(1), clock), 0);
    }

    /** When the Office is asked to chase a report not yet in: 08:00 of the first working day after its due day. */
    static ZonedDateTime chaseAt(Plan plan, PlanCatalog plans, YearMonth month) {
        return calendarOf(plan, plans, month.plusMonths(1)).openingOfWorkingDayAfter(dueDay(plan, month));
    }

    /** The working days of the month after the report's: for December, next year's plan when it is loaded. */
    private static WorkingDays calendarOf(Plan plan, PlanCatalog plans, YearMonth next) {
        return next.getYear() == plan.year() ? plan.workingDays()
                : plans.forYear(next.getYear()).map(Plan::workingDays).orElse(plan.workingDays());
    }

    static ZonedDateTime dueAt(Plan plan, YearMonth month, Clock clock) {
        return PlanDates.endOf(dueDay(plan, month), clock);
    }

    /** The plan's {@code monthlyReportDay} of the month after the report's (its last day in a shorter month). */
    private static LocalDate dueDay(Plan plan, YearMonth month) {
        YearMonth next = month.plusMonths(1);
        return next.atDay(Math.min(plan.monthlyReportDay(), next.lengthOfMonth()));
    }
}
