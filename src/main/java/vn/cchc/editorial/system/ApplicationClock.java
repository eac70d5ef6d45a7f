package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The one clock of the application: the engine's clock. Timers, deadlines, publication dates and the
 * portal all read it, so moving the engine's clock in a test or a demo moves everything together. Its
 * zone is the plan's time zone ({@link PlanCatalog#timeZone()}): a day, a year or "today" read from this
 * clock is the plan's.
 */
public class ApplicationClock extends Clock {

    private final ZoneId zone;

    /** In the default zone of a plan file ({@link Plan#DEFAULT_TIME_ZONE}), for a plain engine without plans. */
    public ApplicationClock() {
        this(Plan.DEFAULT_TIME_ZONE);
    }

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
