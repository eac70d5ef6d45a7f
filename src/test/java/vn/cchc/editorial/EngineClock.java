package vn.cchc.editorial;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

/** The engine's clock in process tests on a plain engine: set it, or move it forward firing the timers on the way. */
public final class EngineClock {

    private EngineClock() {
    }

    /** An ISO-8601 instant with its offset, for example {@code 2024-02-01T08:00:00+07:00}. */
    public static Date date(String instant) {
        return Date.from(OffsetDateTime.parse(instant).toInstant());
    }

    public static void at(String instant) {
        ClockUtil.setCurrentTime(date(instant));
    }

    /** Moves the clock forward, firing every timer that falls due on the way, in due order. */
    public static void runUntil(String instant) {
        Date end = date(instant);
        while (true) {
            List<Job> due = managementService().createJobQuery().timers().duedateLowerThan(end).orderByJobDuedate().asc().list();
            if (due.isEmpty()) break;
            ClockUtil.setCurrentTime(due.get(0).getDuedate());
            managementService().executeJob(due.get(0).getId());
        }
        ClockUtil.setCurrentTime(end);
    }
}
