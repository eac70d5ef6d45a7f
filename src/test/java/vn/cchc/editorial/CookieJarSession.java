package vn.cchc.editorial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser's view of the Camunda webapps: keeps the cookies it is given (the session and Camunda's
 * XSRF-TOKEN) and sends the token back in the X-XSRF-TOKEN header, as the webapps' own scripts do. The
 * cookies are the client's, not a node's: {@link #on(int)} sends the same ones to another node.
 */
public class CookieJarSession {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies;
    private final String base;

    public CookieJarSession(int port) {
        this(port, new LinkedHashMap<>());
    }

    private CookieJarSession(int port, Map<String, String> cookies) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
    }

    /** The same browser, its cookies included, talking to the node on another port. */
    public CookieJarSession on(int port) {
        return new CookieJarSession(port, cookies);
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    /**
     * Opens Tasklist (which hands out the CSRF token), then logs in to it as a person does. The login
     * starts a new session without a token; like Tasklist, ask who is logged in to be handed a new one.
     */
    public HttpResponse<String> logIn(String user, String password) {
        get("/camunda/app/tasklist/default/");
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
        if (login.statusCode() == 200) {
            get("/camunda/api/admin/auth/user/default");
        }
        return login;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST without the X-XSRF-TOKEN header, as a forged cross-site request would arrive. */
    public HttpResponse<String> postJsonWithoutCsrfToken(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), false);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, true);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean withCsrfToken) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        }
        if (withCsrfToken && cookies.containsKey("XSRF-TOKEN")) {
            request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::keep);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq).strip();
        String value = pair.substring(eq + 1).strip();
        if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }
}
