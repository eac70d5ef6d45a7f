package vn.cchc.editorial.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A quota of the plan: at least {@code minimum} items on a channel in every period.
 *
 * @param id the rule's id, unique in the plan, for example {@code department-portal-monthly}
 * @param channel the channel code the items must be published on
 * @param minimum how many items the period needs, at least 1
 * @param period monthly or quarterly
 * @param deadlineDay the day of the period's last month by which the quota is due (end of day)
 * @param leadUnitByMonth the lead unit's code for every month of the year
 * @param coordinatingUnit the coordinating unit's code, or null when the plan names none
 */
public record QuotaRule(String id, String channel, int minimum, PeriodKind period, int deadlineDay,
                        Map<Month, String> leadUnitByMonth, String coordinatingUnit) {

    /** Deadlines are the end of the day as written: the plan says "chậm nhất ngày 25". */
    public static final LocalTime DEADLINE_TIME = LocalTime.of(23, 59, 59);

    public QuotaRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(period, "period");
        if (minimum < 1) {
            throw new IllegalArgumentException("minimum must be at least 1: " + minimum);
        }
        if (leadUnitByMonth.size() != 12) {
            throw new IllegalArgumentException("the rotation must cover 12 months: " + leadUnitByMonth);
        }
        leadUnitByMonth = Collections.unmodifiableMap(new EnumMap<>(leadUnitByMonth));
    }

    /** The lead unit of the period that holds this month (a quarter's is its first month's). */
    public String leadUnitIn(Month month) {
        return leadUnitByMonth.get(period.firstMonthOf(month));
    }

    /** Every period of the year, in order. */
    public List<QuotaPeriod> periodsIn(int year, WorkingDays calendar, int reminderWorkingDaysBeforeDeadline) {
        return period.firstMonthsOf(year).stream()
                .map(first -> periodStarting(first, calendar, reminderWorkingDaysBeforeDeadline))
                .toList();
    }

    private QuotaPeriod periodStarting(YearMonth first, WorkingDays calendar, int reminderWorkingDays) {
        YearMonth last = first.plusMonths(period.months() - 1L);
        // the date is kept as written even on a weekend or holiday: the plan names no other rule
        OffsetDateTime deadline = PlanDates.endOf(last.atDay(deadlineDay), calendar.zone()).toOffsetDateTime();
        LocalDate end = last.atEndOfMonth();
        return new QuotaPeriod(id, channel, period.key(first), first.atDay(1), end, deadline,
                leadUnitByMonth.get(first.getMonth()), coordinatingUnit, minimum,
                calendar.openingWorkingDaysBefore(deadline.toLocalDate(), reminderWorkingDays).toOffsetDateTime(),
                calendar.openingOfWorkingDayAfter(deadline.toLocalDate()).toOffsetDateTime());
    }
}
