package vn.cchc.editorial.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.WebappSession;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camunda login is kept in the database, not in this node's memory (ClusterIT shows another node
 * accepting it). The CSRF protection of the webapps still holds with the shared sessions.
 */
@ApplicationTest
class SharedSessionsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void camundaLoginIsStoredInTheSharedSessionTable() {
        WebappSession browser = new WebappSession(port);
        HttpResponse<String> login = browser.logIn("tasklist", "vp.tacgia", "demo");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(browser.cookies()).containsKeys("SESSION", "XSRF-TOKEN");

        String sessionId = new String(java.util.Base64.getDecoder().decode(browser.cookies().get("SESSION")));
        assertThat(jdbc.queryForList("""
                select a.attribute_name from spring_session s
                join spring_session_attributes a on a.session_primary_id = s.primary_id
                where s.session_id = ?""", String.class, sessionId))
                .contains("authenticatedUser", "CAMUNDA_CSRF_TOKEN");

        HttpResponse<String> me = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"userId\":\"vp.tacgia\"");
    }

    @Test
    void postWithoutTheCsrfTokenIsRefusedEvenWhenLoggedIn() {
        WebappSession browser = new WebappSession(port);
        assertThat(browser.logIn("tasklist", "bbt.bientap", "demo").statusCode()).isEqualTo(200);

        assertThat(browser.post("/camunda/api/engine/engine/default/task/count", "{}").statusCode()).isEqualTo(200);
        assertThat(browser.postWithoutCsrfToken("/camunda/api/engine/engine/default/task/count", "{}").statusCode())
                .isEqualTo(403);
    }
}
