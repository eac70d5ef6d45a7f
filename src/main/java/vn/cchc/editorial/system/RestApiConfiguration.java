package vn.cchc.editorial.system;

import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;

@Configuration(proxyBeanMethods = false)
class RestApiConfiguration {

    /**
     * What a person may meet through Tasklist as well as through /engine-rest: the same answers on both,
     * from one table of refusals (its filter and the mappers JAX-RS needs per exception type), and the forms
     * with the server's rules of their fields (ServedFormRules).
     */
    static final List<Class<?>> ON_BOTH_APIS;

    static {
        List<Class<?>> providers = new ArrayList<>(List.of(EngineApiWriteGuard.class, Refusals.class, ServedFormRules.class));
        providers.addAll(Refusals.MAPPERS);
        ON_BOTH_APIS = List.copyOf(providers);
    }

    @Bean
    ResourceConfigCustomizer refusalsOnTheEngineRestApi(MessageSource messages, List<FormFieldRules> formRules) {
        Refusals.useMessages(messages);
        ServedFormRules.useRules(formRules);
        return config -> ON_BOTH_APIS.forEach(config::register);
    }

    /**
     * Tasklist does not call /engine-rest but the webapps' own JAX-RS application of the same API
     * (/camunda/api/engine), which takes its providers from Camunda's shared set of configuration
     * classes when its servlet starts: a person reads refusals there, so they read the same, and a
     * person who lost a race there is told so as on /engine-rest. HostileRequestsTest sends its corpus there too.
     */
    @Bean
    ServletContextInitializer refusalsInTheWebapps(MessageSource messages, List<FormFieldRules> formRules) {
        Refusals.useMessages(messages);
        ServedFormRules.useRules(formRules);
        return servletContext -> CamundaRestResources.getConfigurationClasses().addAll(ON_BOTH_APIS);
    }
}
