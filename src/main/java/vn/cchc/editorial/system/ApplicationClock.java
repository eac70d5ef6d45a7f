package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The one clock of the application: the engine's clock. Timers, deadlines, publication dates and the
 * portal all read it, so moving the engine's clock in a test or a demo moves everything together. Its
 * zone is the plan's time zone (the Clock bean is made by plan/ClockConfiguration from the plan files):
 * a day, a year or "today" read from this clock is the plan's.
 */
public class ApplicationClock extends Clock {

    private final ZoneId zone;

    public ApplicationClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ApplicationClock(zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.now().toInstant();
    }
}
