package vn.cchc.editorial.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The public portal is anonymous and read-only: anything but GET or HEAD under /portal (and the user guide,
 * /huong-dan) is answered 405
 * before it reaches a controller, and its pages carry a Content-Security-Policy that runs no script from
 * elsewhere and lets no other site frame them. Images may come from other sites: the department's logo may be an
 * absolute address, and items published before pictures were uploaded to this host may link pictures elsewhere (an
 * item's content now holds only this host's pictures, article/ContentRules.FILE_ADDRESS).
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyPortal {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https: http:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> readOnlyPortalFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                    response.setHeader("Allow", "GET, HEAD");
                    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setName("read-only-portal");
        registration.addUrlPatterns("/portal", "/portal/*", GuidePage.PATH, GuidePage.PATH + "/*");
        registration.setOrder(30);
        return registration;
    }
}
