package vn.cchc.editorial.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Every page's model carries {@code zone}, the plan's time zone, taken from the application clock (plan's
 * ClockConfiguration, the plan files' {@code timeZone}): the templates write instants in it
 * ({@code #temporals.format(instant.atZone(zone), 'dd/MM/yyyy HH:mm')}).
 */
@ControllerAdvice(annotations = Controller.class)
class PlanTimeZoneInPages {

    private final Clock clock;

    PlanTimeZoneInPages(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }
}
