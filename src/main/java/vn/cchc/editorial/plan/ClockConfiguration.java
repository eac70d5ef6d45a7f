package vn.cchc.editorial.plan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchc.editorial.system.ApplicationClock;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** The engine's clock in the plans' time zone. */
    @Bean
    Clock applicationClock(PlanCatalog plans) {
        return new ApplicationClock(plans.timeZone());
    }
}
