package vn.cchc.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person in a browser on the Camunda webapps: the cookies the application hands out (the session and
 * Camunda's XSRF-TOKEN, kept by the JDK's {@link CookieManager}) and the CSRF token sent back in the
 * X-XSRF-TOKEN header on every call, the way the webapps' own scripts send it. The cookies are the
 * browser's, not a node's: {@link #on(int)} sends the same ones to another node of a cluster.
 */
public class WebappSession {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CookieManager cookies;
    private final HttpClient http;
    private final String base;
    private String csrfToken;
    private JsonNode login;

    /** A browser with no cookies yet, talking to the application on localhost:{@code port}. */
    public WebappSession(int port) {
        this(port, new CookieManager());
    }

    private WebappSession(int port, CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Logs in to Camunda's Welcome app as a person does; {@link #login()} then lists the apps the user may open.
     *
     * @throws AssertionError when the login is not answered 200
     */
    public static WebappSession logIn(int port, String user, String password) {
        WebappSession session = new WebappSession(port);
        HttpResponse<String> answer = session.logIn("welcome", user, password);
        if (answer.statusCode() != 200) {
            throw new AssertionError("login of " + user + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return session;
    }

    /**
     * Opens the webapp {@code app} ("welcome", "tasklist", "cockpit", "admin"), which hands out the CSRF
     * token, then logs in to it as a person does. The login starts a new session without a token; like
     * the webapps, this asks who is logged in to be handed a new one.
     *
     * @return the login's answer, whatever its status
     */
    public HttpResponse<String> logIn(String app, String user, String password) {
        get("/camunda/app/" + app + "/default/");
        HttpResponse<String> answer = send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
                "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", true);
        if (answer.statusCode() == 200) {
            login = json(answer.body());
            get("/camunda/api/admin/auth/user/default");
        }
        return answer;
    }

    /** The same browser, its cookies included, talking to the node on another port. */
    public WebappSession on(int port) {
        WebappSession other = new WebappSession(port, cookies);
        other.csrfToken = csrfToken;
        return other;
    }

    /** The answer to the last successful login: user id and the apps the user may open. */
    public JsonNode login() {
        return login;
    }

    /** This browser with the cookie {@code name} set to {@code value} for the whole application (another tab's session). */
    public WebappSession withCookie(String name, String value) {
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(java.net.URI.create(base + "/"), cookie);
        return this;
    }

    /** The cookies this browser holds, by name. */
    public Map<String, String> cookies() {
        Map<String, String> byName = new LinkedHashMap<>();
        cookies.getCookieStore().getCookies().forEach(c -> byName.put(c.getName(), c.getValue()));
        return Map.copyOf(byName);
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null, true);
    }

    /** A JSON call with the CSRF token, as Tasklist sends it. */
    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, json, "application/json", true);
    }

    /** The same call without the CSRF token, as a forged cross-site request would arrive; Camunda then ends the session. */
    public HttpResponse<String> postWithoutCsrfToken(String path, String json) {
        return send("POST", path, json, "application/json", false);
    }

    /** The token last handed out, in the X-XSRF-TOKEN header or else in the XSRF-TOKEN cookie. */
    public String csrfToken() {
        return csrfToken != null ? csrfToken : cookies().get("XSRF-TOKEN");
    }

    /** Any call in this session, with the CSRF token: the request's own method, headers and body. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, true);
    }

    /** Any call in this session without the X-XSRF-TOKEN header: a page's form, which carries the token in a field, if at all. */
    public HttpResponse<String> sendWithoutCsrfHeader(HttpRequest.Builder request) {
        return send(request, false);
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, withToken);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean withToken) {
        request.header("Accept", "application/json, text/plain, */*");
        String token = csrfToken();
        if (withToken && token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> csrfToken = t);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
