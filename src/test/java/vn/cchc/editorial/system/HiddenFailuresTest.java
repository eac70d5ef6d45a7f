package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.WebappSession;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.publication.PublicationRepository;
import vn.cchc.editorial.publication.PublicationStatus;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * A failure nobody foresaw (here the database refusing a row, forced by a check constraint the test adds)
 * is a 500 whose body says, in Vietnamese, that the system failed and gives a reference; the server's
 * ERROR log line has the same reference. No SQL, exception class or stack frame reaches the caller, on
 * /engine-rest, on Tasklist's /camunda/api/engine, or on /api.
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class HiddenFailuresTest {

    static final String POISON = "Tin làm hỏng cơ sở dữ liệu";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ArticleRepository articles;
    @Autowired
    PublicationRepository publications;

    @AfterEach
    void dropTheConstraints() {
        jdbc.execute("alter table article drop constraint if exists ck_test_poison");
        jdbc.execute("alter table quota_credit drop constraint if exists ck_test_poison");
    }

    @Test
    void aDatabaseFailureOnTheRestApiIsA500WithAReferenceAndNoInternals(CapturedOutput log) throws Exception {
        jdbc.execute("alter table article add constraint ck_test_poison check (title <> '" + POISON + "')");
        long before = jdbc.queryForObject("select count(*) from article", Long.class);

        var answer = new RestClient(port, "vp.tacgia").post(Items.START, startForm());

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertHidesTheFailure(answer.getBody(), log);
        assertThat(JSON.readTree(answer.getBody()).has("code")).as("Camunda's shape: type, message, code").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(before);
    }

    @Test
    void theSameFailureThroughTasklistsApiIsHiddenTheSameWay(CapturedOutput log) throws Exception {
        jdbc.execute("alter table article add constraint ck_test_poison check (title <> '" + POISON + "')");
        WebappSession session = WebappSession.logIn(port, "vp.tacgia", "demo");

        var answer = session.post("/camunda/api/engine/engine/default/process-definition/key/ArticlePublicationProcess/submit-form",
                JSON.writeValueAsString(startForm()));

        assertThat(answer.statusCode()).isEqualTo(500);
        assertHidesTheFailure(answer.body(), log);
    }

    @Test
    void aDatabaseFailureOnTheApplicationsOwnApiIsHiddenTheSameWay(CapturedOutput log) throws Exception {
        long itemId = publishedItem();
        jdbc.execute("alter table quota_credit add constraint ck_test_poison check (reason <> '" + POISON + "')");

        var answer = new RestClient(port, "vp.theodoi").post("/api/quota-credits",
                Map.of("periodId", "department-portal-monthly:2024-07", "articleId", itemId, "reason", POISON));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertHidesTheFailure(answer.getBody(), log);
    }

    /** No SQL, exception class, stack frame or table name; a Vietnamese message whose reference the log has. */
    static void assertHidesTheFailure(String body, CapturedOutput log) throws Exception {
        assertThat(body).doesNotContainIgnoringCase("insert into").doesNotContainIgnoringCase("constraint")
                .doesNotContain("Exception").doesNotContain("CK_TEST_POISON").doesNotContainIgnoringCase("ck_test_poison")
                .doesNotContain("\tat ").doesNotContain(".java:").doesNotContain("org.").doesNotContain("SQL");
        String message = JSON.readTree(body).get("message").asText();
        assertThat(message).startsWith("Lỗi hệ thống, mã tham chiếu: ");
        String reference = message.substring("Lỗi hệ thống, mã tham chiếu: ".length(), message.indexOf('.'));
        assertThat(reference).matches("[0-9a-f]{8}");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(log.getOut())
                .containsPattern("ERROR .*Unexpected failure, reference " + reference));
    }

    private Map<String, Object> startForm() {
        return variables("title", POISON, "String", "content", "<p>Nội dung.</p>", "String",
                "topic", "T11", "String", "kind", "NEWS", "String", "channels", "[\"DEPARTMENT_PORTAL\"]", "Json");
    }

    private long publishedItem() {
        RestClient author = new RestClient(port, "cds.tacgia");
        String pi = Items.start(author, "Tin để tính chỉ tiêu bằng tay " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        Items.approve(author.as("bbt.bientap"), pi);
        long id = articles.findByProcessInstanceId(pi).orElseThrow().getId();
        await().atMost(Duration.ofSeconds(30)).until(() -> publications.findByArticleId(id).stream()
                .anyMatch(p -> p.getStatus() == PublicationStatus.PUBLISHED));
        return id;
    }
}
