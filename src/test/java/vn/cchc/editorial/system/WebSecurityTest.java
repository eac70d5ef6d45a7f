package vn.cchc.editorial.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.WebappSession;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Authentication of the APIs, CSRF in the webapps, security headers, and the portal: anonymous and read-only. */
@ApplicationTest
class WebSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    RestClient anonymous() {
        return new RestClient(port, null);
    }

    @Test
    void theEngineApiNeedsAValidPassword() {
        assertThat(anonymous().get("/engine-rest/process-definition").getStatusCode().value()).isEqualTo(401);
        assertThat(new RestClient(port, "vp.tacgia").get("/engine-rest/process-definition").getStatusCode().value()).isEqualTo(200);
        assertThat(withBasic("vp.tacgia", "sai-mat-khau", "/engine-rest/process-definition").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void aNewPasswordEndsTheKeptOneAtOnce() {
        User person = identity.newUser("kiemtra.matkhau");
        person.setPassword("mat-khau-cu");
        identity.saveUser(person);
        try {
            for (String path : List.of("/engine-rest/process-definition", "/api/plans/time-zone")) {
                assertThat(withBasic("kiemtra.matkhau", "mat-khau-cu", path).getStatusCode().value()).as(path).isEqualTo(200);
            }
            User saved = identity.createUserQuery().userId("kiemtra.matkhau").singleResult();
            saved.setPassword("mat-khau-moi");
            identity.saveUser(saved);
            // the old password was accepted a moment ago: it is refused at once, not when its time-to-live ends
            for (String path : List.of("/engine-rest/process-definition", "/api/plans/time-zone")) {
                assertThat(withBasic("kiemtra.matkhau", "mat-khau-cu", path).getStatusCode().value()).as(path).isEqualTo(401);
            }
            // after a wrong password the engine holds the account back for a few seconds (its login delay)
            for (String path : List.of("/engine-rest/process-definition", "/api/plans/time-zone")) {
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                        .until(() -> withBasic("kiemtra.matkhau", "mat-khau-moi", path).getStatusCode().value() == 200);
            }
            identity.deleteUser("kiemtra.matkhau");
            assertThat(withBasic("kiemtra.matkhau", "mat-khau-moi", "/engine-rest/process-definition").getStatusCode().value())
                    .as("a deleted user").isEqualTo(401);
        } finally {
            identity.deleteUser("kiemtra.matkhau");
        }
    }

    @Test
    void aNewMembershipCountsAtOnceThoughTheLoginIsKept() {
        User person = identity.newUser("kiemtra.nhom");
        person.setPassword("mat-khau-nhom");
        identity.saveUser(person);
        try {
            assertThat(withBasic("kiemtra.nhom", "mat-khau-nhom", "/api/test/whoami").getStatusCode().value()).isEqualTo(403);
            assertThat(withBasic("kiemtra.nhom", "mat-khau-nhom", "/engine-rest/process-definition/count").getBody())
                    .isEqualTo("{\"count\":0}");
            identity.createMembership("kiemtra.nhom", "van-phong-theo-doi");
            assertThat(withBasic("kiemtra.nhom", "mat-khau-nhom", "/api/test/whoami").getStatusCode().value()).isEqualTo(200);
            assertThat(withBasic("kiemtra.nhom", "mat-khau-nhom", "/engine-rest/process-definition/count").getBody())
                    .isNotEqualTo("{\"count\":0}");
            identity.deleteMembership("kiemtra.nhom", "van-phong-theo-doi");
            assertThat(withBasic("kiemtra.nhom", "mat-khau-nhom", "/api/test/whoami").getStatusCode().value()).isEqualTo(403);
            assertThat(withBasic("kiemtra.nhom", "mat-khau-nhom", "/engine-rest/process-definition/count").getBody())
                    .isEqualTo("{\"count\":0}");
        } finally {
            identity.deleteUser("kiemtra.nhom");
        }
    }

    @Test
    void theApiAndTheDashboardRefuseAnonymousCallers() {
        ResponseEntity<String> api = anonymous().get("/api/test/whoami");
        assertThat(api.getStatusCode().value()).isEqualTo(401);
        assertThat(api.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic realm=\"cchc-editorial\"");
        assertThat(api.getBody()).contains("Cần đăng nhập");
        assertThat(withBasic("vp.theodoi", "sai-mat-khau", "/api/test/whoami").getStatusCode().value()).isEqualTo(401);

        // a person in a browser goes to the Camunda login instead
        HttpHeaders browser = new HttpHeaders();
        browser.setAccept(List.of(org.springframework.http.MediaType.TEXT_HTML));
        org.springframework.web.client.RestTemplate rest = new org.springframework.web.client.RestTemplate(noRedirects());
        ResponseEntity<String> page = rest.exchange("http://localhost:" + port + "/dashboard/test/whoami", HttpMethod.GET, new HttpEntity<>(browser), String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(302);
        assertThat(page.getHeaders().getLocation().getPath()).isEqualTo("/camunda/app/welcome/default/");
    }

    @Test
    void theApiAcceptsHttpBasicFromTheOfficeAndTheDirectorsOnly() {
        ResponseEntity<String> office = new RestClient(port, "vp.theodoi").get("/api/test/whoami");
        assertThat(office.getStatusCode().value()).isEqualTo(200);
        assertThat(office.getBody()).isEqualTo("vp.theodoi");
        assertThat(new RestClient(port, "bgd.giamdoc").get("/dashboard/test/whoami").getBody()).isEqualTo("bgd.giamdoc");
        assertThat(new RestClient(port, "admin").get("/api/test/whoami").getBody()).isEqualTo("admin");

        ResponseEntity<String> author = new RestClient(port, "cds.tacgia").get("/api/test/whoami");
        assertThat(author.getStatusCode().value()).isEqualTo(403);
        assertThat(author.getBody()).contains("không có quyền");
    }

    @Test
    void theApiAcceptsTheCamundaLoginSessionAndItsCsrfToken() {
        WebappSession office = WebappSession.logIn(port, "vp.theodoi", "demo");
        HttpResponse<String> read = office.get("/api/test/whoami");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo("vp.theodoi");
        assertThat(office.get("/dashboard/test/whoami").body()).isEqualTo("vp.theodoi");

        assertThat(office.post("/api/test/whoami", "{}").body()).isEqualTo("vp.theodoi");
        HttpResponse<String> forged = office.postWithoutCsrfToken("/api/test/whoami", "{}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("X-XSRF-TOKEN");
        assertThat(office.get("/api/test/whoami").statusCode()).as("the session has ended").isEqualTo(401);

        assertThat(WebappSession.logIn(port, "cds.tacgia", "demo").get("/api/test/whoami").statusCode()).isEqualTo(403);
    }

    @Test
    void camundasCsrfFilterGuardsTheWebapps() {
        WebappSession tasklist = WebappSession.logIn(port, "vp.tacgia", "demo");
        assertThat(tasklist.csrfToken()).isNotBlank();
        String filters = "/camunda/api/engine/engine/default/filter/count";
        assertThat(tasklist.get(filters).statusCode()).isEqualTo(200);

        assertThat(tasklist.post("/camunda/api/engine/engine/default/task/count", "{}").statusCode()).isEqualTo(200);

        HttpResponse<String> forged = tasklist.postWithoutCsrfToken("/camunda/api/engine/engine/default/task/count", "{}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
        assertThat(tasklist.get(filters).statusCode()).as("Camunda ends the session of a forged request").isEqualTo(401);
    }

    @Test
    void theWebappsSendSecurityHeaders() {
        ResponseEntity<String> tasklist = anonymous().get("/camunda/app/tasklist/default/");
        assertThat(tasklist.getStatusCode().value()).isEqualTo(200);
        HttpHeaders headers = tasklist.getHeaders();
        assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");

        HttpHeaders api = anonymous().get("/engine-rest/task").getHeaders();
        assertThat(api.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void thePortalIsPublicWithSecurityHeaders() {
        for (String path : List.of("/portal", "/portal/feed.atom")) {
            ResponseEntity<String> page = anonymous().get(path);
            assertThat(page.getStatusCode().value()).as(path).isEqualTo(200);
            assertThat(page.getHeaders().getFirst("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
            assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.getHeaders().getFirst("Strict-Transport-Security")).as("plain HTTP gets no HSTS").isNull();
        }
    }

    @Test
    void thePortalIsReadOnly() {
        for (String path : List.of("/portal", "/portal/articles/1", "/portal/feed.atom", "/portal/portal.css", "/portal/anything")) {
            for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
                ResponseEntity<String> answer = new RestClient(port, "admin").exchange(method, path, "{}");
                assertThat(answer.getStatusCode().value()).as(method + " " + path).isEqualTo(405);
                assertThat(answer.getHeaders().getFirst("Allow")).isEqualTo("GET, HEAD");
            }
        }
    }

    private ResponseEntity<String> withBasic(String user, String password, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        org.springframework.web.client.RestTemplate rest = new org.springframework.web.client.RestTemplate();
        rest.setErrorHandler(new org.springframework.web.client.DefaultResponseErrorHandler() {
            @Override
            public boolean hasError(org.springframework.http.client.ClientHttpResponse response) {
                return false;
            }
        });
        return rest.exchange("http://localhost:" + port + path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static org.springframework.http.client.SimpleClientHttpRequestFactory noRedirects() {
        return new org.springframework.http.client.SimpleClientHttpRequestFactory() {
            @Override
            protected void prepareConnection(java.net.HttpURLConnection connection, String httpMethod) throws java.io.IOException {
                super.prepareConnection(connection, httpMethod);
                connection.setInstanceFollowRedirects(false);
            }
        };
    }
}
