package vn.cchc.editorial.plan;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The working-day calendar of a plan: Monday to Friday, less the plan's holidays, plus the weekend
 * days worked to make up for a swapped day off.
 *
 * @param zone the plan's time zone, in which days begin and end
 * @param holidays days off (a weekend day listed here changes nothing)
 * @param makeUpWorkingDays Saturdays or Sundays that are working days ("ngày làm bù")
 */
public record WorkingDays(ZoneId zone, SortedSet<LocalDate> holidays, SortedSet<LocalDate> makeUpWorkingDays) {

    /**
     * When the offices open: every reminder and escalation (quota reminders, missed-quota tasks, the Board's
     * review reminders, the Office's interventions, report chases and escalations) arrives at this time of a
     * working day.
     */
    public static final LocalTime OPENING_TIME = LocalTime.of(8, 0);

    public WorkingDays(ZoneId zone, Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkingDays) {
        this(zone, new TreeSet<>(holidays), new TreeSet<>(makeUpWorkingDays));
    }

    /** Monday to Friday in the application clock's zone, for a year the plans do not cover. */
    public static WorkingDays weekdays(Clock clock) {
        return new WorkingDays(PlanDates.zone(clock), List.of(), List.of());
    }

    public WorkingDays {
        Objects.requireNonNull(zone, "zone");
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        makeUpWorkingDays = Collections.unmodifiableSortedSet(new TreeSet<>(makeUpWorkingDays));
    }

    public boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkingDays.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The instant {@code n} working days after {@code from}, at the same time of day, in the plan's
     * time zone. When {@code from} falls on a day off, counting starts at the beginning (00:00) of the
     * next working day: an item submitted on Saturday with one working day to wait is due at Tuesday
     * 00:00, so the whole of Monday is its working day, as it would be had it arrived on Monday at
     * dawn. {@code n = 0} gives {@code from} itself, or that start of the next working day.
     */
    public ZonedDateTime plusWorkingDays(ZonedDateTime from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        ZonedDateTime start = from.withZoneSameInstant(zone);
        if (!isWorkingDay(start.toLocalDate())) {
            start = nextWorkingDayAfter(start.toLocalDate()).atStartOfDay(zone);
        }
        LocalDate date = start.toLocalDate();
        for (int i = 0; i < n; i++) {
            date = nextWorkingDayAfter(date);
        }
        return ZonedDateTime.of(date, start.toLocalTime(), zone);
    }

    private LocalDate nextWorkingDayAfter(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * Opening time ({@link #OPENING_TIME}) of the {@code n}-th working day before {@code day}, in the plan's
     * time zone, so that {@code n} whole working days remain before the day: with a deadline on Monday
     * 25 March 2024, 5 working days before is Monday 18 March at 08:00; with one on Sunday 25 August,
     * Monday 19 August. {@code n = 0} gives the day itself when it is a working day, otherwise the last
     * working day before it.
     */
    public ZonedDateTime openingWorkingDaysBefore(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate date = n == 0 && !isWorkingDay(day) ? previousWorkingDayBefore(day) : day;
        for (int i = 0; i < n; i++) {
            date = previousWorkingDayBefore(date);
        }
        return ZonedDateTime.of(date, OPENING_TIME, zone);
    }

    /** Opening time ({@link #OPENING_TIME}) of the first working day after {@code day}, in the plan's time zone. */
    public ZonedDateTime openingOfWorkingDayAfter(LocalDate day) {
        return ZonedDateTime.of(nextWorkingDayAfter(day), OPENING_TIME, zone);
    }

    /**
     * Whether the offices are open at {@code instant}: a working day of the plan, from {@link #OPENING_TIME}
     * on, in the plan's time zone (Saturday 00:15 no, Monday 07:59 no, Monday 08:00 yes).
     */
    public boolean isOpenAt(java.time.Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        return isWorkingDay(local.toLocalDate()) && !local.toLocalTime().isBefore(OPENING_TIME);
    }

    /**
     * The first opening time ({@link #OPENING_TIME}) of a working day at or after {@code instant}, in the plan's
     * time zone: Wednesday 10:00 gives Thursday 08:00, Friday 23:59:59 the next Monday 08:00 (or a
     * make-up Saturday's), Tuesday 07:00 Tuesday 08:00, a working day's 08:00 itself.
     */
    public ZonedDateTime openingAtOrAfter(ZonedDateTime instant) {
        ZonedDateTime local = instant.withZoneSameInstant(zone);
        LocalDate day = local.toLocalDate();
        if (isWorkingDay(day) && !local.toLocalTime().isAfter(OPENING_TIME)) {
            return ZonedDateTime.of(day, OPENING_TIME, zone);
        }
        return openingOfWorkingDayAfter(day);
    }

    private LocalDate previousWorkingDayBefore(LocalDate date) {
        LocalDate previous = date.minusDays(1);
        while (!isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }
}
