package vn.cchc.editorial.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Logging out of Camunda's webapps ends the session, not only its login.
 *
 * <p>Camunda's logout ({@code POST <app>/api/admin/auth/user/{engine}/logout}) removes the login from the session's
 * {@code Authentications} object, and every webapp request writes that object back into the session when it ends
 * (Camunda's AuthenticationFilter). In one node's memory every request shares the one object; with the sessions in
 * the database (Spring Session JDBC, docs/operations.md) each request has its own copy, so a request that was under
 * way when the person logged out (Tasklist's own, or a header script's) wrote the login back after it: the person
 * found themselves logged in again. After a successful logout this filter invalidates the session, so what a late
 * request writes lands nowhere, and opens a new one with the same CSRF token, so that the webapp's next login,
 * which sends the token its cookie holds, is accepted.
 */
class LogoutEndsTheSession extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/logout");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        HttpSession session = request.getSession(false);
        if (session == null || response.getStatus() >= 300) {
            return;
        }
        Object csrfToken = session.getAttribute(ApiAuthenticationFilter.CSRF_SESSION_ATTRIBUTE);
        session.invalidate();
        if (csrfToken != null) {
            request.getSession(true).setAttribute(ApiAuthenticationFilter.CSRF_SESSION_ATTRIBUTE, csrfToken);
        }
    }
}
