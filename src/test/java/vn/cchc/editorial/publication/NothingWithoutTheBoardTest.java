package vn.cchc.editorial.publication;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.AsDemoUsers;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.article.ArticleStatus;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.publication.ExternalPortalStub.postsOf;

/**
 * No item reaches a channel without the Editorial Board (issue: close every door around the review). The
 * first line, the engine API's write guard, refuses a person's start at the publisher; the second line,
 * the publisher's own check of the item's record, holds even when an administrator opens the first.
 * The hostile corpus (hostile/doors.json) sends the other doors of this kind through both APIs.
 */
class NothingWithoutTheBoardTest extends AsDemoUsers {

    static final String START = "/engine-rest/process-definition/key/ArticlePublicationProcess/start";

    @Autowired
    ManagementService management;

    /** The example: an author starts the item's process again at the publisher, then the Board rejects it. */
    @Test
    void anAuthorCannotStartTheirWaitingItemAtThePublisher() {
        String title = "Tin chưa duyệt không được lên cổng " + System.nanoTime();
        String pi = Items.start(author, title, "[\"DEPARTMENT_PORTAL\"]");
        Article article = articles.findByProcessInstanceId(pi).orElseThrow();
        long instancesBefore = runtime.createProcessInstanceQuery().count();

        for (RestClient who : List.of(author, author.as("ttbcxb.tacgia"), board)) {
            ResponseEntity<String> started = who.post(START, startAtThePublisher(article.getId()));
            assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(403);
            assertThat(who.json(started).get("message").asText()).contains("bước đầu tiên");
        }
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);

        ResponseEntity<String> rejected = Items.decide(board, Items.taskOf(board, pi, "Task_ReviewArticle"), "REJECT",
                "Không phù hợp với chủ đề CCHC.");
        assertThat(rejected.getStatusCode().value()).as(rejected.getBody()).isEqualTo(204);
        assertThat(articles.findById(article.getId()).orElseThrow().getStatus()).isEqualTo(ArticleStatus.REJECTED);
        assertThat(publications.findByArticleId(article.getId())).isEmpty();
        assertThat(author.get("/portal").getBody()).doesNotContain(title);
    }

    /**
     * The second line: the first is opened (an administrator may start at any activity) on an item the
     * Board has not approved. The publisher refuses: an incident at once, with the reason, no retries,
     * nothing posted or stored, nothing on /portal.
     */
    @Test
    void thePublisherRefusesAnItemTheBoardDidNotApproveEvenWhenAnAdministratorSkipsTheReview() {
        String title = "Quản trị viên bỏ qua bước duyệt " + System.nanoTime();
        String pi = Items.start(author, title, "[\"DEPARTMENT_PORTAL\"]");
        Article article = articles.findByProcessInstanceId(pi).orElseThrow();

        ResponseEntity<String> started = admin.post(START, startAtThePublisher(article.getId()));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String skipped = admin.json(started).get("id").asText();

        Incident incident = await().atMost(Duration.ofSeconds(60)).until(
                () -> runtime.createIncidentQuery().processInstanceId(skipped).singleResult(), i -> i != null);
        assertThat(incident.getActivityId()).isEqualTo("Task_PublishOnDepartmentPortal");
        assertThat(incident.getIncidentMessage()).contains("không ghi nhận Ban Biên tập đã duyệt");
        assertThat(management.createJobQuery().processInstanceId(skipped).singleResult().getRetries()).isZero();
        assertThat(publications.findByArticleId(article.getId())).isEmpty();
        assertThat(postsOf(Publication.keyOf(article.getId(), "DEPARTMENT_PORTAL"))).isEmpty();
        assertThat(author.get("/portal").getBody()).doesNotContain(title);
    }

    /** Approved, but in another instance: the record names the instance the Board decided in, not a copy. */
    @Test
    void anApprovalCountsOnlyInTheItemsOwnInstanceAndForItsOwnChannels() {
        String pi = Items.start(author, "Đã duyệt cho cổng tỉnh, không cho cổng Sở " + System.nanoTime(), "[\"PROVINCIAL_PORTAL\"]");
        Items.approve(board, pi);
        Article article = articles.findByProcessInstanceId(pi).orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> !publications.findByArticleId(article.getId()).isEmpty());

        ResponseEntity<String> started = admin.post(START, startAtThePublisher(article.getId()));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String copy = admin.json(started).get("id").asText();

        Incident incident = await().atMost(Duration.ofSeconds(60)).until(
                () -> runtime.createIncidentQuery().processInstanceId(copy).singleResult(), i -> i != null);
        assertThat(incident.getIncidentMessage()).contains("DEPARTMENT_PORTAL");
        assertThat(publications.findByArticleId(article.getId())).extracting(Publication::getChannel)
                .containsExactly("PROVINCIAL_PORTAL");
    }

    /** What a person may still do: the candidates of a task comment on it; the monitor is told why not, in Vietnamese. */
    @Test
    void onlyATasksPeopleCommentOnIt() {
        String pi = Items.start(author, "Bình luận trên việc duyệt " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        String review = Items.taskOf(board, pi, "Task_ReviewArticle");

        ResponseEntity<String> byBoard = board.post("/engine-rest/task/" + review + "/comment/create", Map.of("message", "Cần thêm số liệu."));
        assertThat(byBoard.getStatusCode().value()).as(byBoard.getBody()).isEqualTo(200);

        RestClient monitor = author.as("vp.theodoi");
        ResponseEntity<String> byMonitor = monitor.post("/engine-rest/task/" + review + "/comment/create", Map.of("message", "Theo dõi."));
        assertThat(byMonitor.getStatusCode().value()).isEqualTo(403);
        assertThat(monitor.json(byMonitor).get("message").asText()).contains("người thuộc nhóm xử lý");
        JsonNode comments = board.json(board.get("/engine-rest/task/" + review + "/comment"));
        assertThat(comments).singleElement().satisfies(c -> assertThat(c.get("message").asText()).isEqualTo("Cần thêm số liệu."));
    }

    /** A refusal by the engine's own grants keeps Camunda's format, and its message reads in Vietnamese. */
    @Test
    void theEnginesOwnRefusalsReadInVietnamese() {
        String pi = Items.start(author, "Đơn vị khác không đọc được " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        RestClient otherUnit = author.as("ttbcxb.tacgia");

        ResponseEntity<String> read = otherUnit.get("/engine-rest/process-instance/" + pi + "/variables");
        assertThat(read.getStatusCode().value()).as(read.getBody()).isEqualTo(403);
        JsonNode body = otherUnit.json(read);
        assertThat(body.get("type").asText()).isEqualTo("AuthorizationException");
        assertThat(body.get("message").asText()).startsWith("Bạn không có quyền").contains("READ");
        assertThat(body.get("missingAuthorizations")).isNotEmpty();
    }

    /** A person may still change their own profile; not someone else's. */
    @Test
    void everyoneChangesTheirOwnProfileOnly() {
        JsonNode profile = author.json(author.get("/engine-rest/user/vp.tacgia/profile"));
        ResponseEntity<String> own = author.exchange(HttpMethod.PUT, "/engine-rest/user/vp.tacgia/profile", profile);
        assertThat(own.getStatusCode().value()).as(own.getBody()).isEqualTo(204);

        ResponseEntity<String> other = author.exchange(HttpMethod.PUT, "/engine-rest/user/bbt.bientap/profile",
                Map.of("id", "bbt.bientap", "firstName", "X", "lastName", "Y"));
        assertThat(other.getStatusCode().value()).isEqualTo(403);
    }

    static Map<String, Object> startAtThePublisher(long articleId) {
        return Map.of(
                "variables", Map.of(
                        "articleId", Map.of("value", articleId, "type", "Long"),
                        "channel", Map.of("value", "DEPARTMENT_PORTAL", "type", "String")),
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_PublishOnDepartmentPortal")));
    }
}
