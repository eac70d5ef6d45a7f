package vn.cchc.editorial.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
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
    @Autowired
    SessionRepository<? extends Session> sessions;

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

    @Test
    void aRequestUnderWayWhenThePersonLogsOutDoesNotLogThemInAgain() {
        WebappSession browser = new WebappSession(port);
        assertThat(browser.logIn("tasklist", "vp.tacgia", "demo").statusCode()).isEqualTo(200);
        String sessionId = new String(java.util.Base64.getDecoder().decode(browser.cookies().get("SESSION")));
        String oldCookie = browser.cookies().get("SESSION");

        assertThat(writesItsSessionBackAfterLogout(sessions, sessionId, () ->
                assertThat(browser.post("/camunda/api/admin/auth/user/default/logout", "").statusCode()).isEqualTo(200)))
                .as("the request under way read the login").isTrue();

        WebappSession late = new WebappSession(port).withCookie("SESSION", oldCookie);
        assertThat(late.get("/camunda/api/admin/auth/user/default").statusCode()).as("the old session holds no login")
                .isNotEqualTo(200);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isNotEqualTo(200);
        // and a new login is accepted (TasklistBrowserTest logs out and in again in Tasklist itself)
        assertThat(browser.logIn("tasklist", "bbt.bientap", "demo").statusCode()).isEqualTo(200);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"bbt.bientap\"");
    }

    @Test
    void twoRequestsOfOneSessionAddingTheSameAttributeBothSave() {
        WebappSession browser = new WebappSession(port);
        assertThat(browser.logIn("tasklist", "vp.tacgia", "demo").statusCode()).isEqualTo(200);
        String sessionId = new String(java.util.Base64.getDecoder().decode(browser.cookies().get("SESSION")));
        assertThat(addBothAndSave(sessions, sessionId)).isEqualTo("second");
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
    }

    /**
     * Two requests under way with one session, both adding the attribute "cchc.test" (as Camunda's filter adds the
     * login back); without an upsert the second save fails on the attributes' primary key. Answers what is stored.
     */
    private static <S extends Session> Object addBothAndSave(SessionRepository<S> sessions, String id) {
        S first = sessions.findById(id);
        S second = sessions.findById(id);
        first.setAttribute("cchc.test", "first");
        second.setAttribute("cchc.test", "second");
        sessions.save(first);
        sessions.save(second);
        return sessions.findById(id).getAttribute("cchc.test");
    }

    /**
     * What a webapp request does that read the session before {@code logout} ran and ends after it: Camunda's
     * AuthenticationFilter sets the login it read back into its copy of the session, and Spring Session saves it.
     * Answers whether the copy held a login.
     */
    private static <S extends Session> boolean writesItsSessionBackAfterLogout(SessionRepository<S> sessions, String id,
                                                                             Runnable logout) {
        S underWay = sessions.findById(id);
        Object login = underWay.getAttribute("authenticatedUser");
        logout.run();
        underWay.setAttribute("authenticatedUser", login);
        sessions.save(underWay);
        return login != null;
    }
}
