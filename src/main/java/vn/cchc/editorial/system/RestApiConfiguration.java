package vn.cchc.editorial.system;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RestApiConfiguration {

    @Bean
    ResourceConfigCustomizer inputErrorsAsBadRequest() {
        return config -> config.register(InputErrorsAsBadRequest.class)
                .register(ConcurrentChangeAsConflict.class)
                .register(ConcurrentChangeAsConflict.FromSpring.class)
                .register(ParameterErrorsAsBadRequest.class);
    }
}
