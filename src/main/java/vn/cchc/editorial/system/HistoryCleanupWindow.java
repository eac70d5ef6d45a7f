package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * The hours of the night in which Camunda's history cleanup removes the history whose removal time has
 * passed (docs/operations.md, "History cleanup"): {@code cchc.history.cleanup.window-start} and
 * {@code window-end}, "HH:mm" in the plan's time zone (the application's {@link Clock}). Camunda reads its
 * batch window in the JVM's zone unless the time carries an offset ("HH:mmZ"), so the plan's offset is added
 * here: a container in UTC still cleans at night in Viet Nam, not during office hours. The offset is the
 * zone's at start-up; a zone with summer time keeps its winter or summer offset until the next start.
 */
public class HistoryCleanupWindow extends AbstractProcessEnginePlugin {

    static final DateTimeFormatter CAMUNDA_TIME = DateTimeFormatter.ofPattern("HH:mmxx");

    private final String start;
    private final String end;
    private final Supplier<Clock> clock;

    /**
     * @param start the window's first minute, "HH:mm" in the plan's zone; blank: no window, the cleanup
     *              then only runs when an administrator starts it (Cockpit, REST)
     * @param end   the window's end, "HH:mm"; before {@code start} means the next morning
     * @throws IllegalStateException at start-up for a time that is not "HH:mm"
     */
    public HistoryCleanupWindow(String start, String end, Supplier<Clock> clock) {
        this.start = start;
        this.end = end;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (start == null || start.isBlank()) {
            return;
        }
        ZoneOffset offset = clock.get().getZone().getRules().getOffset(clock.get().instant());
        configuration.setHistoryCleanupBatchWindowStartTime(withOffset("window-start", start, offset));
        configuration.setHistoryCleanupBatchWindowEndTime(withOffset("window-end", end, offset));
    }

    static String withOffset(String name, String time, ZoneOffset offset) {
        try {
            return LocalTime.parse(time.strip()).atOffset(offset).format(CAMUNDA_TIME);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalStateException("cchc.history.cleanup." + name + " must be a time HH:mm, for example 20:00; got \""
                    + time + "\"", e);
        }
    }
}
