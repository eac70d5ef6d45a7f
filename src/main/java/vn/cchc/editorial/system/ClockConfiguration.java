package vn.cchc.editorial.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchc.editorial.plan.PlanCatalog;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** The engine's clock in the plans' time zone. */
    @Bean
    Clock applicationClock(PlanCatalog plans) {
        return new ApplicationClock(plans.timeZone());
    }
}
