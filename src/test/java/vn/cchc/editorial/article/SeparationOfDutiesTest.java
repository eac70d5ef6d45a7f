package vn.cchc.editorial.article;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.WebappSession;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.RestClient.variables;

/**
 * Nobody reviews an item they wrote or revised: not a board member who also writes for a unit, not an
 * administrator, not through REST and not through Tasklist. The refusal is Vietnamese and the task stays open.
 */
@ApplicationTest
class SeparationOfDutiesTest {

    /** Writes for the Office and sits on the Editorial Board. */
    static final String WRITER_ON_THE_BOARD = "vp.bientap";
    static final String REFUSAL = "Bạn là người soạn hoặc đã sửa tin bài này nên không được tự duyệt.";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    RestClient writerOnTheBoard;
    RestClient board;
    RestClient author;
    RestClient admin;

    @BeforeEach
    void createTheWriterOnTheBoard() {
        if (identityService.createUserQuery().userId(WRITER_ON_THE_BOARD).count() == 0) {
            User user = identityService.newUser(WRITER_ON_THE_BOARD);
            user.setFirstName("Thảo");
            user.setLastName("Lê Thu");
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(WRITER_ON_THE_BOARD, "van-phong");
            identityService.createMembership(WRITER_ON_THE_BOARD, "ban-bien-tap");
        }
        writerOnTheBoard = new RestClient(port, WRITER_ON_THE_BOARD);
        board = writerOnTheBoard.as("bbt.bientap");
        author = writerOnTheBoard.as("vp.tacgia");
        admin = writerOnTheBoard.as("admin");
    }

    @Test
    void aBoardMemberCannotApproveTheirOwnItemThroughRest() {
        String item = ArticleLifecycleTest.startItem(writerOnTheBoard, "Tin do thành viên Ban Biên tập viết " + System.nanoTime(),
                "[\"DEPARTMENT_PORTAL\"]");
        String review = reviewTask(item);

        // the board member sees the review task of their own item, as every board member does
        assertThat(writerOnTheBoard.get("/engine-rest/task/" + review).getStatusCode().value()).isEqualTo(200);
        assertRefused(writerOnTheBoard.post("/engine-rest/task/" + review + "/submit-form",
                variables("reviewDecision", "APPROVE", "String")));
        assertRefused(writerOnTheBoard.post("/engine-rest/task/" + review + "/complete",
                variables("reviewDecision", "REJECT", "String", "reviewComment", "Tự từ chối.", "String")));

        assertStillWaitingForReview(item, review);
        ResponseEntity<String> approvedByAnother = board.post("/engine-rest/task/" + review + "/submit-form",
                variables("reviewDecision", "APPROVE", "String"));
        assertThat(approvedByAnother.getStatusCode().value()).as(approvedByAnother.getBody()).isEqualTo(204);
    }

    @Test
    void aBoardMemberCannotApproveTheirOwnItemThroughTasklist() {
        String item = ArticleLifecycleTest.startItem(writerOnTheBoard, "Tin tự duyệt qua Tasklist " + System.nanoTime(),
                "[\"DEPARTMENT_PORTAL\"]");
        String review = reviewTask(item);

        WebappSession tasklist = WebappSession.logIn(port, WRITER_ON_THE_BOARD, "demo");
        HttpResponse<String> claimed = tasklist.post("/camunda/api/engine/engine/default/task/" + review + "/claim",
                "{\"userId\":\"" + WRITER_ON_THE_BOARD + "\"}");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        HttpResponse<String> submitted = tasklist.post("/camunda/api/engine/engine/default/task/" + review + "/submit-form",
                "{\"variables\":{\"reviewDecision\":{\"value\":\"APPROVE\",\"type\":\"String\"}}}");

        // the webapps' own copy of the engine API wraps the refusal in Camunda's words (docs/security.md);
        // Tasklist shows the message, whose sentence is ours
        assertThat(submitted.statusCode()).as(submitted.body()).isNotIn(200, 204);
        assertThat(tasklist.json(submitted.body()).get("message").asText()).contains(REFUSAL);
        assertStillWaitingForReview(item, review);
    }

    @Test
    void anAdministratorWhoRevisedAnItemCannotReviewIt() {
        String item = ArticleLifecycleTest.startItem(author, "Tin quản trị sửa hộ " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        ResponseEntity<String> sentBack = board.post("/engine-rest/task/" + reviewTask(item) + "/submit-form",
                variables("reviewDecision", "REVISE", "String", "reviewComment", "Sửa lỗi chính tả.", "String"));
        assertThat(sentBack.getStatusCode().value()).as(sentBack.getBody()).isEqualTo(204);

        // an administrator may do anything in Camunda, revising the item on the author's behalf included ...
        JsonNode revise = admin.json(admin.get("/engine-rest/task?processInstanceId=" + item + "&taskDefinitionKey=Task_ReviseArticle"));
        ResponseEntity<String> revised = admin.post("/engine-rest/task/" + revise.get(0).get("id").asText() + "/submit-form",
                variables("title", "Tin đã được quản trị sửa", "String", "content", "<p>Nội dung đã sửa.</p>", "String"));
        assertThat(revised.getStatusCode().value()).as(revised.getBody()).isEqualTo(204);

        // ... but then not review it
        String review = reviewTask(item);
        assertRefused(admin.post("/engine-rest/task/" + review + "/submit-form", variables("reviewDecision", "APPROVE", "String")));
        assertStillWaitingForReview(item, review);
    }

    @Test
    void anAdministratorCannotReviewAnItemTheyWrote() {
        // an administrator who also writes for a unit
        identityService.createMembership("admin", "phong-cds");
        try {
            String item = ArticleLifecycleTest.startItem(admin, "Tin quản trị tự viết " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
            String review = reviewTask(item);
            assertRefused(admin.post("/engine-rest/task/" + review + "/complete", variables("reviewDecision", "APPROVE", "String")));
            assertStillWaitingForReview(item, review);
        } finally {
            identityService.deleteMembership("admin", "phong-cds");
        }
    }

    private void assertRefused(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(board.json(answer).get("message").asText()).startsWith(REFUSAL);
    }

    private void assertStillWaitingForReview(String item, String review) {
        JsonNode task = board.json(board.get("/engine-rest/task/" + review));
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_ReviewArticle");
        assertThat(task.get("processInstanceId").asText()).isEqualTo(item);
        assertThat(board.json(board.get("/engine-rest/history/variable-instance?processInstanceId=" + item
                + "&variableName=reviewDecision")).toString()).doesNotContain("APPROVE");
    }

    private String reviewTask(String item) {
        JsonNode tasks = board.json(board.get("/engine-rest/task?processInstanceId=" + item + "&taskDefinitionKey=Task_ReviewArticle"));
        assertThat(tasks).hasSize(1);
        return tasks.get(0).get("id").asText();
    }
}
