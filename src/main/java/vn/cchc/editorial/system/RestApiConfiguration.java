package vn.cchc.editorial.system;

import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RestApiConfiguration {

    @Bean
    ResourceConfigCustomizer inputErrorsAsBadRequest() {
        return config -> config.register(InputErrorsAsBadRequest.class)
                .register(ConcurrentChangeAsConflict.class)
                .register(ConcurrentChangeAsConflict.FromSpring.class)
                .register(ParameterErrorsAsBadRequest.class)
                .register(BlankRefusalsExplained.class)
                .register(VanishedTaskAsNotFound.class)
                .register(LostRaceAsConflict.class)
                .register(AlreadyClaimedAsConflict.class);
    }

    /**
     * Tasklist does not call /engine-rest but the webapps' own JAX-RS application of the same API
     * (/camunda/api/engine), which takes its providers from Camunda's shared set of configuration
     * classes when its servlet starts: a person reads refusals there, so they read the same, and a
     * person who lost a race there is told so as on /engine-rest. HostileRequestsTest sends its corpus there too.
     */
    @Bean
    ServletContextInitializer inputErrorsAsBadRequestInTheWebapps() {
        return servletContext -> {
            CamundaRestResources.getConfigurationClasses().add(InputErrorsAsBadRequest.class);
            CamundaRestResources.getConfigurationClasses().add(LostRaceAsConflict.class);
            CamundaRestResources.getConfigurationClasses().add(ParameterErrorsAsBadRequest.class);
            CamundaRestResources.getConfigurationClasses().add(BlankRefusalsExplained.class);
            CamundaRestResources.getConfigurationClasses().add(AlreadyClaimedAsConflict.class);
        };
    }
}
