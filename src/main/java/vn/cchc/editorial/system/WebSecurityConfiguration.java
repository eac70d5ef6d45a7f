package vn.cchc.editorial.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The application's own servlet filters: security headers everywhere, authentication of /api, /dashboard and /cai-dat,
 * and a logout of the webapps that ends the session.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setName("security-headers");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<LogoutEndsTheSession> logoutEndsTheSession(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String camundaPath) {
        FilterRegistrationBean<LogoutEndsTheSession> registration = new FilterRegistrationBean<>(new LogoutEndsTheSession());
        registration.setName("logout-ends-the-session");
        registration.addUrlPatterns(camundaPath + "/api/admin/auth/user/*");
        // after Spring Session's SessionRepositoryFilter (Integer.MIN_VALUE + 50): the session is the shared one
        registration.setOrder(10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(
            ProcessEngine engine, VerifiedPasswords passwords,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String camundaPath,
            @Value("${cchc.http.max-upload-size}") DataSize maxUploadSize) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(
                engine, passwords, camundaPath, RequestBodyLimit.UPLOAD_TOO_LARGE.formatted(maxUploadSize.toMegabytes())));
        registration.setName("api-authentication");
        registration.addUrlPatterns("/api/*", "/dashboard", "/dashboard/*", ApiAuthenticationFilter.SETTINGS_PAGE,
                ApiAuthenticationFilter.MY_ITEMS_PAGE, ApiAuthenticationFilter.MY_ITEMS_PAGE + "/*");
        registration.setOrder(20);
        return registration;
    }
}
