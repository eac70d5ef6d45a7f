package vn.cchc.editorial.system;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda leaves /engine-rest open; here every call needs HTTP basic authentication of a Camunda user, its
 * password checked through {@link VerifiedPasswords} (an accepted one is not hashed again for a short time). The
 * engine is found through {@link AddressedEngine}.
 */
@Configuration(proxyBeanMethods = false)
class RestApiAuthentication {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(VerifiedPasswords passwords) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter() {
                    @Override
                    public void init(FilterConfig config) throws ServletException {
                        super.init(config);
                        // Camunda's filter makes its provider from the class name, without arguments
                        authenticationProvider = new BasicAuthenticationWithMessage(passwords);
                    }

                    @Override
                    protected ProcessEngine getAddressedEngine(String engineName) {
                        return AddressedEngine.lookup(engineName);
                    }
                });
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", BasicAuthenticationWithMessage.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(10);
        return registration;
    }
}
