package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * /api, /dashboard and /cai-dat: a person arrives with the session of the Camunda login, a program with
 * HTTP basic. Either way the user needs ACCESS on the application "dashboard" (but for a person's own
 * notification settings, {@link #SETTINGS_PAGE} and {@link #SETTINGS_API}, own items, {@link #MY_ITEMS_PAGE} and
 * {@link #MY_ITEMS_API}, the item's editor, {@link #EDITOR_API}, and its uploads, {@link #UPLOADS_API}, and people's names, {@link #PEOPLE_API}, which need only a login), and the request then runs
 * as that user, so the engine's authorization checks apply to what the page or API reads. A state-changing
 * call made with the session needs Camunda's CSRF token, as the webapps' own calls do, and without it
 * ends the session: in the header X-XSRF-TOKEN, or, for a form of a /dashboard page (which cannot set a
 * header) or of the settings page, in its field {@value #CSRF_FIELD} ({@link #formToken}). A form's upload larger than the
 * container reads is refused 413 before its token is looked for, so it does not cost the session.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    /** Not a Camunda webapp: the APPLICATION resource id whose ACCESS opens /dashboard and /api (granted in identity/GroupGrants). */
    public static final String APPLICATION = "dashboard";
    static final String REALM = "cchc-editorial";
    static final String CSRF_HEADER = "X-XSRF-TOKEN";
    /** Where Camunda's CsrfPreventionFilter keeps the session's token. */
    static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    /** A person's own settings: any logged-in person, without ACCESS on "dashboard". */
    public static final String SETTINGS_PAGE = "/cai-dat";
    public static final String SETTINGS_API = "/api/notification-settings";
    /** A person's own items, "Tin bài của tôi" (myitems/MyItemsPage), and a page per item below it: a login is enough. */
    public static final String MY_ITEMS_PAGE = "/tin-bai-cua-toi";
    /** The same as JSON (myitems/MyItemsApi): a login is enough. */
    public static final String MY_ITEMS_API = "/api/my-items";
    /** What the item's editor in Tasklist asks of the server (the content's rules, the preview): any logged-in person. */
    public static final String EDITOR_API = "/api/editor";
    /**
     * The pictures and documents uploaded with an item (article/ItemFilesApi): a login is enough here, the item's own
     * permissions are checked there.
     */
    public static final String UPLOADS_API = "/api/uploads";
    /** The plans' time zone, which the webapps write their dates in (plan/PlanController): any logged-in person. */
    public static final String PLAN_TIME_ZONE_API = "/api/plans/time-zone";
    /** People by name and unit, as the webapps show them (identity/PeopleApi): any logged-in person. */
    public static final String PEOPLE_API = "/api/people";
    /** The hidden field that carries the session's CSRF token in a form of a page (a form cannot send a header). */
    public static final String CSRF_FIELD = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiAuthenticationFilter.class);

    private final ProcessEngine engine;
    private final VerifiedPasswords passwords;
    private final String loginPage;
    private final String uploadTooLarge;

    /** @param uploadTooLarge the message of a form's upload beyond what the container reads */
    ApiAuthenticationFilter(ProcessEngine engine, VerifiedPasswords passwords, String camundaApplicationPath, String uploadTooLarge) {
        this.engine = engine;
        this.passwords = passwords;
        this.loginPage = camundaApplicationPath + "/app/welcome/default/";
        this.uploadTooLarge = uploadTooLarge;
    }

    /**
     * The session's CSRF token for a form of a /dashboard page (its field {@value #CSRF_FIELD}): the one
     * Camunda's CsrfPreventionFilter keeps for the webapps, made here in the same place if the session has none.
     */
    public static String formToken(HttpServletRequest request) {
        return csrfToken(request.getSession());
    }

    /** {@link #formToken} of a session. */
    public static String csrfToken(HttpSession session) {
        if (session.getAttribute(CSRF_SESSION_ATTRIBUTE) instanceof String token) {
            return token;
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String made = HexFormat.of().withUpperCase().formatHex(random);
        session.setAttribute(CSRF_SESSION_ATTRIBUTE, made);
        return made;
    }

    private record Caller(String userId, List<String> groupIds, boolean viaSession) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = fromSession(request);
        if (caller == null) {
            caller = fromBasicAuthentication(request);
        }
        if (caller == null) {
            unauthenticated(request, response);
            return;
        }
        if (!isPersonal(request) && !engine.getAuthorizationService().isUserAuthorized(caller.userId(), caller.groupIds(),
                Permissions.ACCESS, Resources.APPLICATION, APPLICATION)) {
            if (caller.viaSession() && isPage(request)) {
                // a person in a browser: Spring Boot's /error renders the shared page (templates/error.html)
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "Tài khoản \"%s\" không có quyền xem bảng theo dõi và dữ liệu báo cáo.".formatted(caller.userId()));
            return;
        }
        if (caller.viaSession() && !SAFE_METHODS.contains(request.getMethod()) && isPage(request) && !partsReadable(request)) {
            request.setAttribute(ReferencedErrorAttributes.REFUSAL, uploadTooLarge);
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (caller.viaSession() && !SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(request)) {
            // as Camunda's CsrfPreventionFilter does: a forged request ends the session it tried to use
            request.getSession().invalidate();
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "Yêu cầu thiếu mã chống giả mạo (X-XSRF-TOKEN). Hãy tải lại trang rồi thử lại.");
            return;
        }
        engine.getIdentityService().setAuthentication(caller.userId(), caller.groupIds());
        try {
            chain.doFilter(request, response);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private Caller fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(engine.getName());
        if (authentication == null || !userExists(authentication.getIdentityId())) {
            return null;
        }
        return new Caller(authentication.getIdentityId(), groupsOf(authentication.getIdentityId()), true);
    }

    private Caller fromBasicAuthentication(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        if (!passwords.check(engine.getIdentityService(), userId, decoded.substring(colon + 1))) {
            return null;
        }
        return new Caller(userId, passwords.memberships(userId,
                () -> VerifiedPasswords.Memberships.of(engine.getIdentityService(), userId)).groups(), false);
    }

    private boolean userExists(String userId) {
        return userId != null && engine.getIdentityService().createUserQuery().userId(userId).count() > 0;
    }

    private List<String> groupsOf(String userId) {
        return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private static boolean csrfTokenMatches(HttpServletRequest request) {
        Object expected = request.getSession().getAttribute(CSRF_SESSION_ATTRIBUTE);
        String given = request.getHeader(CSRF_HEADER);
        if (given == null && isPage(request)) {
            given = request.getParameter(CSRF_FIELD);
        }
        return expected instanceof String token && given != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private void unauthenticated(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isPage(request) && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            // a person in a browser: to the Camunda login, whose session then opens the dashboard
            response.sendRedirect(request.getContextPath() + loginPage);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                "Cần đăng nhập: dùng phiên đăng nhập Camunda hoặc HTTP Basic với tài khoản Camunda.");
    }

    /** False for a multipart form the container refused to read (too large); true otherwise. */
    private static boolean partsReadable(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.startsWith("multipart/")) {
            return true;
        }
        try {
            request.getParts();
            return true;
        } catch (IllegalStateException | ServletException tooLarge) {
            log.info("Refused {} with 413: the upload exceeds what the container reads ({})", request.getRequestURI(),
                    tooLarge.getMessage());
            // tells Spring's DispatcherServlet not to read the parts again when it renders the error page
            request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, new MaxUploadSizeExceededException(-1, tooLarge));
            return false;
        }
    }

    /** A browser asking for a page of /dashboard or the settings (not /api) as HTML. */
    private static boolean isPage(HttpServletRequest request) {
        String path = pathOf(request);
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return (path.startsWith("/dashboard") || path.equals(SETTINGS_PAGE) || underOrAt(path, MY_ITEMS_PAGE))
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static boolean isPersonal(HttpServletRequest request) {
        String path = pathOf(request);
        return path.equals(SETTINGS_PAGE) || underOrAt(path, SETTINGS_API) || underOrAt(path, MY_ITEMS_PAGE)
                || underOrAt(path, MY_ITEMS_API)
                || underOrAt(path, EDITOR_API) || underOrAt(path, UPLOADS_API) || path.equals(PLAN_TIME_ZONE_API)
                || path.equals(PEOPLE_API);
    }

    private static boolean underOrAt(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** An RFC 9457 problem detail, with {@code message} beside {@code detail} as ApiRefusals answers. */
    private static void refuse(HttpServletResponse response, int status, String title, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", message);
        problem.put("message", message);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
