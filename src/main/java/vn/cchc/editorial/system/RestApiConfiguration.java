package vn.cchc.editorial.system;

import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class RestApiConfiguration {

    /** What a person may meet through Tasklist as well as through /engine-rest: the same answers on both. */
    static final List<Class<?>> ON_BOTH_APIS = List.of(InputErrorsAsBadRequest.class, ParameterErrorsAsBadRequest.class,
            BlankRefusalsExplained.class, LostRaceAsConflict.class, AlreadyClaimedAsConflict.class,
            EngineApiWriteGuard.class, EngineRefusalsInVietnamese.class, HiddenInternalErrors.class);

    @Bean
    ResourceConfigCustomizer inputErrorsAsBadRequest() {
        return config -> {
            ON_BOTH_APIS.forEach(config::register);
            config.register(ConcurrentChangeAsConflict.class)
                    .register(ConcurrentChangeAsConflict.FromSpring.class)
                    .register(VanishedTaskAsNotFound.class);
        };
    }

    /**
     * Tasklist does not call /engine-rest but the webapps' own JAX-RS application of the same API
     * (/camunda/api/engine), which takes its providers from Camunda's shared set of configuration
     * classes when its servlet starts: a person reads refusals there, so they read the same, and a
     * person who lost a race there is told so as on /engine-rest. HostileRequestsTest sends its corpus there too.
     */
    @Bean
    ServletContextInitializer inputErrorsAsBadRequestInTheWebapps() {
        return servletContext -> CamundaRestResources.getConfigurationClasses().addAll(ON_BOTH_APIS);
    }
}
