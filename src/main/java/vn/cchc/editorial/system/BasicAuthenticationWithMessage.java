package vn.cchc.editorial.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * HTTP basic for /engine-rest whose 401 also says, in Vietnamese, what is wrong: Camunda's has no body. The
 * password is checked through {@link VerifiedPasswords}.
 */
public class BasicAuthenticationWithMessage extends HttpBasicAuthenticationProvider {

    static final String MESSAGE = "Chưa đăng nhập hoặc sai tên đăng nhập, mật khẩu: hãy gửi kèm tài khoản "
            + "theo chuẩn HTTP Basic.";

    private final VerifiedPasswords passwords;

    /** Only for Camunda's filter, which makes its provider by name: every password goes to the engine. */
    public BasicAuthenticationWithMessage() {
        this(new VerifiedPasswords(java.time.Duration.ZERO));
    }

    BasicAuthenticationWithMessage(VerifiedPasswords passwords) {
        this.passwords = passwords;
    }

    @Override
    protected boolean isAuthenticated(ProcessEngine engine, String userName, String password) {
        return passwords.check(engine.getIdentityService(), userName, password);
    }

    /** As Camunda's, with the user's groups and tenants given (kept by {@link VerifiedPasswords}), so its filter need not read them. */
    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
        if (result.isAuthenticated()) {
            String userId = result.getAuthenticatedUser();
            VerifiedPasswords.Memberships memberships = passwords.memberships(userId,
                    () -> VerifiedPasswords.Memberships.of(engine.getIdentityService(), userId));
            result.setGroups(memberships.groups());
            result.setTenants(memberships.tenants());
        }
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        super.augmentResponseByAuthenticationChallenge(response, engine);
        // the filter sets 401 after this; the body commits the response, so set it first
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json;charset=UTF-8");
        try {
            response.getWriter().write("{\"type\":\"AuthenticationRequired\",\"message\":\"" + MESSAGE + "\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
