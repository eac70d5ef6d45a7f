package vn.cchc.editorial.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The basic response headers on every path: no MIME sniffing, no framing by other sites, no full
 * addresses in Referer, HSTS over HTTPS. The Camunda webapps add their own Content-Security-Policy; the
 * JSON APIs get one that allows nothing, the portal its own (ReadOnlyPortal).
 */
class SecurityHeaders extends OncePerRequestFilter {

    static final String HSTS = "max-age=31536000";
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/engine-rest/") || path.startsWith("/api/")) {
            response.setHeader("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
        }
        chain.doFilter(request, response);
    }
}
