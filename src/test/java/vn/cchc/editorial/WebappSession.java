package vn.cchc.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A person in a browser: the Camunda login form's session cookie and the CSRF token that Camunda's
 * filter hands out, sent back on every call the way the webapps send them.
 */
public class WebappSession {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private String csrfToken;
    private JsonNode login;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Logs in to Camunda's Welcome app as a person does; the answer lists the apps the user may open. */
    public static WebappSession logIn(int port, String user, String password) {
        WebappSession session = new WebappSession(port);
        session.send("GET", "/camunda/app/welcome/default/", null, null, true);
        HttpResponse<String> answer = session.send("POST", "/camunda/api/admin/auth/user/default/login/welcome",
                "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", true);
        if (answer.statusCode() != 200) {
            throw new AssertionError("login of " + user + " answered " + answer.statusCode() + ": " + answer.body());
        }
        session.login = session.json(answer.body());
        // the login starts a new session; Camunda hands out its CSRF token with the next call
        session.send("GET", "/camunda/api/admin/auth/user/default", null, null, false);
        return session;
    }

    public JsonNode login() {
        return login;
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

    public String csrfToken() {
        return csrfToken;
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, withToken);
    }

    /** Any call in this session, with the CSRF token: the request's own method, headers and body. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, true);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean withToken) {
        request.header("Accept", "application/json, text/plain, */*");
        if (withToken && csrfToken != null) {
            request.header("X-XSRF-TOKEN", csrfToken);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
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
