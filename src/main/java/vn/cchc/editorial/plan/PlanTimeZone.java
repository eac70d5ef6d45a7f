package vn.cchc.editorial.plan;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The plan's time zone where people see it, taken in this one place from the application clock (ClockConfiguration,
 * the plan files' {@code timeZone}): every page's model carries it as {@code zone}, in which the templates write
 * instants ({@code #temporals.format(instant.atZone(zone), 'dd/MM/yyyy HH:mm')}), and GET /api/plans/time-zone
 * ({@link PlanController}) gives it to the webapps' scripts.
 */
@ControllerAdvice(annotations = Controller.class)
class PlanTimeZone {

    private final Clock clock;

    PlanTimeZone(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return PlanDates.zone(clock);
    }
}
