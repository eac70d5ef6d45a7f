package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The one clock of the application: the engine's clock. Timers, deadlines, publication dates and the
 * portal all read it, so moving the engine's clock in a test or a demo moves everything together.
 */
public class ApplicationClock extends Clock {

    public static final ZoneId PLAN_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ZoneId zone;

    public ApplicationClock() {
        this(PLAN_ZONE);
    }

    private ApplicationClock(ZoneId zone) {
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
