package vn.cchc.editorial.plan;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/**
 * Every date or time a person or program gives is read here, in the plan's time zone
 * ({@link PlanCatalog#timeZone()}), before it is checked, stored or counted. An instant with an offset
 * ({@code 2024-03-01T17:30:00.000Z}, {@code +07:00}, Camunda's {@code +0000}) or a Date variable is the
 * day it is in that zone (00:30 on 2 March in Vietnam, not 1 March as in UTC); a date alone, or a date and
 * time without an offset, is already the plan's local date or time.
 *
 * <p>The zone is the application clock's ({@code ClockConfiguration} makes it from the plans): the
 * methods taking a {@link Clock} ({@link #zone}, {@link #today}, {@link #dayOf}, {@link #startOf}, {@link #startOfDay}, {@link #endOf}) are the one place
 * where code outside the plan reads it.
 */
public final class PlanDates {

    /** ISO-8601 local date and time, with an optional offset as ISO writes it or as Camunda's REST API does. */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private PlanDates() {
    }

    /** The plan's time zone: the application clock's, which {@code ClockConfiguration} makes from the plan files. */
    public static ZoneId zone(Clock clock) {
        return clock.getZone();
    }

    /** Today in the plan's time zone, on the application clock. */
    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant(), clock);
    }

    /** The plan's day of an instant, in the zone of the application clock. */
    public static LocalDate dayOf(Instant instant, Clock clock) {
        return instant.atZone(zone(clock)).toLocalDate();
    }

    /** The instant the plan's day starts, in the zone of the application clock. */
    public static Instant startOf(LocalDate day, Clock clock) {
        return startOfDay(day, clock).toInstant();
    }

    /**
     * The last second of the plan's day, when a deadline on that day falls (23:59:59, {@link QuotaRule#DEADLINE_TIME}),
     * in the zone of the application clock.
     */
    public static ZonedDateTime endOf(LocalDate day, Clock clock) {
        return endOf(day, zone(clock));
    }

    /**
     * The start of the plan's day (00:00), in the zone of the application clock.
     */
    public static ZonedDateTime startOfDay(LocalDate day, Clock clock) {
        return day.atStartOfDay(zone(clock));
    }

    /**
     * {@link #endOf(LocalDate, Clock)} in a plan's own zone, for the plan itself while it is read, before the
     * application clock is made from it (a quota period's deadline, {@link QuotaRule}).
     */
    static ZonedDateTime endOf(LocalDate day, ZoneId planZone) {
        return day.atTime(QuotaRule.DEADLINE_TIME).atZone(planZone);
    }

    /** {@link #date(Object, ZoneId)} in the zone of the application clock. */
    public static LocalDate date(Object value, Clock clock) {
        return date(value, zone(clock));
    }

    /**
     * The day a value names in the zone: a {@link Date}, an {@link Instant}, or text as the class
     * describes.
     *
     * @throws DateTimeException when the value is not a date or a date and time (the caller words the refusal)
     */
    public static LocalDate date(Object value, ZoneId zone) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone).toLocalDate();
        }
        String text = value == null ? "" : value.toString().strip();
        if (text.indexOf('T') < 0) {
            return LocalDate.parse(text);
        }
        TemporalAccessor parsed = DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime at ? at.atZoneSameInstant(zone).toLocalDate() : ((LocalDateTime) parsed).toLocalDate();
    }

    /**
     * The instant a text names: with an offset, that instant; a local date and time, that time in the
     * zone; a date alone, the start of that day in the zone.
     *
     * @throws DateTimeException when the text is none of these
     */
    public static Instant instant(String text, ZoneId zone) {
        String s = text.strip();
        if (s.indexOf('T') < 0) {
            return LocalDate.parse(s).atStartOfDay(zone).toInstant();
        }
        TemporalAccessor parsed = DATE_TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime at ? at.toInstant() : ((LocalDateTime) parsed).atZone(zone).toInstant();
    }
}
