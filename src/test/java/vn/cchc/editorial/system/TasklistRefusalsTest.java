package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.ApplicationTest;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist does not call /engine-rest but the webapps' own copy of the REST API, behind the Camunda
 * login and its CSRF token. A refusal there reads as the Vietnamese message alone, as on /engine-rest.
 */
@ApplicationTest
class TasklistRefusalsTest {

    @LocalServerPort
    int port;

    @Test
    void tasklistsApiAnswersARefusedStartFormWithTheVietnameseMessageAlone() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port + "/camunda/api";

        // the login page's first call hands out the CSRF token, as it does to Tasklist
        http.send(HttpRequest.newBuilder(URI.create(base + "/admin/auth/user/default")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = http.send(withCsrf(cookies, base + "/admin/auth/user/default/login/tasklist")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=vp.tacgia&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        // the login starts a new session, whose first call hands out a new token
        http.send(HttpRequest.newBuilder(URI.create(base + "/engine/engine/")).build(), HttpResponse.BodyHandlers.discarding());

        String form = """
                {"variables": {"title": {"value": "Tin có liên kết xấu", "type": "String"},
                  "content": {"value": "<p>Nội dung.</p>", "type": "String"}, "topic": {"value": "T01", "type": "String"},
                  "kind": {"value": "NEWS", "type": "String"}, "links": {"value": "javascript:alert(1)", "type": "String"},
                  "channels": {"value": "[\\"DEPARTMENT_PORTAL\\"]", "type": "Json"}}}""";
        HttpResponse<String> refused = http.send(withCsrf(cookies,
                        base + "/engine/engine/default/process-definition/key/ArticlePublicationProcess/submit-form")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = new ObjectMapper().readTree(refused.body());
        assertThat(error.get("message").asText())
                .isEqualTo("Liên kết \"javascript:alert(1)\" không hợp lệ: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://.");
    }

    private static HttpRequest.Builder withCsrf(CookieManager cookies, String uri) {
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
        return HttpRequest.newBuilder(URI.create(uri)).header("X-XSRF-TOKEN", token);
    }
}
