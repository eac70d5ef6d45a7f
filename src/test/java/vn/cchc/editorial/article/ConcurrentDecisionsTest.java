package vn.cchc.editorial.article;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.WebappSession;
import vn.cchc.editorial.publication.PublicationRepository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * Two people acting on the same task at the same moment, through the REST API: one wins, the other is
 * told in Vietnamese that someone else got there first (404 or 409), and the item is never half written
 * nor published twice.
 */
@ApplicationTest
class ConcurrentDecisionsTest {

    static final String SECOND_EDITOR = "bbt.bientap2";

    @LocalServerPort
    int port;
    @Autowired
    ArticleRepository articles;
    @Autowired
    PublicationRepository publications;
    @Autowired
    TaskService taskService;
    @Autowired
    TransactionTemplate transactions;

    RestClient author;
    RestClient editor;
    RestClient otherEditor;

    @BeforeEach
    void twoEditorsOnTheBoard(@Autowired IdentityService identity) {
        if (identity.createUserQuery().userId(SECOND_EDITOR).count() == 0) {
            User user = identity.newUser(SECOND_EDITOR);
            user.setFirstName("Thảo");
            user.setLastName("Lý Thanh");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(SECOND_EDITOR, "ban-bien-tap");
        }
        author = new RestClient(port, "vp.tacgia");
        editor = author.as("bbt.bientap");
        otherEditor = author.as(SECOND_EDITOR);
    }

    @RepeatedTest(4)
    void twoEditorsDecidingOneReviewAtOnceLeaveExactlyOneDecision() {
        String pi = Items.start(author, "Hai biên tập viên cùng duyệt " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        String taskId = Items.taskOf(editor, pi, "Task_ReviewArticle");

        List<ResponseEntity<String>> answers = atOnce(
                () -> Items.decide(editor, taskId, "APPROVE", null),
                () -> Items.decide(otherEditor, taskId, "REVISE", "Bổ sung nguồn tin."));

        ResponseEntity<String> approve = answers.get(0);
        ResponseEntity<String> revise = answers.get(1);
        assertOneWonAndTheOtherWasToldWhy(approve, revise);
        boolean approved = approve.getStatusCode().value() == 204;

        transactions.executeWithoutResult(s -> {
            Article article = articles.findByProcessInstanceId(pi).orElseThrow();
            assertThat(article.getReviews()).singleElement().satisfies(r ->
                    assertThat(r.getDecision()).isEqualTo(approved ? ReviewDecision.APPROVE : ReviewDecision.REVISE));
            assertThat(article.getStatus()).isEqualTo(approved ? ArticleStatus.APPROVED : ArticleStatus.IN_REVISION);
            assertThat(article.getRevisions()).hasSize(1);
        });
        long articleId = articles.findByProcessInstanceId(pi).orElseThrow().getId();
        if (approved) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(publications.findByArticleId(articleId)).hasSize(1));
            assertThat(Items.taskOf(author, pi, "Task_ReviseArticle")).isNull();
        } else {
            assertThat(publications.findByArticleId(articleId)).isEmpty();
            assertThat(taskService.createTaskQuery().processInstanceId(pi).taskAssignee("vp.tacgia").count()).isEqualTo(1);
        }
    }

    @RepeatedTest(3)
    void authorSubmittingTheSameRevisionTwiceAtOnceRecordsItOnce() {
        String pi = Items.start(author, "Tác giả bấm gửi hai lần " + System.nanoTime(), "[\"PROVINCIAL_PORTAL\"]");
        Items.decide(editor, Items.taskOf(editor, pi, "Task_ReviewArticle"), "REVISE", "Sửa tiêu đề.");
        String reviseId = Items.taskOf(author, pi, "Task_ReviseArticle");
        Supplier<ResponseEntity<String>> submit = () -> author.post("/engine-rest/task/" + reviseId + "/submit-form",
                variables("title", "Tiêu đề đã sửa", "String", "summary", "Sapo.", "String",
                        "content", "<p>Nội dung đã sửa.</p>", "String", "links", "", "String"));

        List<ResponseEntity<String>> answers = atOnce(submit, submit);

        assertOneWonAndTheOtherWasToldWhy(answers.get(0), answers.get(1));
        transactions.executeWithoutResult(s -> {
            Article article = articles.findByProcessInstanceId(pi).orElseThrow();
            assertThat(article.getRevisions()).hasSize(2);
            assertThat(article.getTitle()).isEqualTo("Tiêu đề đã sửa");
            assertThat(article.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
        });
        assertThat(taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_ReviewArticle").count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(pi).count()).isEqualTo(1);
    }

    @Test
    void claimingAReviewAnotherEditorHasJustTakenIsAConflictInVietnamese() {
        String pi = Items.start(author, "Hai biên tập viên cùng nhận việc " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        String taskId = Items.taskOf(editor, pi, "Task_ReviewArticle");
        assertThat(editor.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "bbt.bientap"))
                .getStatusCode().value()).isEqualTo(204);

        ResponseEntity<String> second = otherEditor.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", SECOND_EDITOR));

        assertThat(second.getStatusCode().value()).as(second.getBody()).isEqualTo(409);
        assertThat(second.getBody()).contains("vừa được người khác nhận (bbt.bientap)").doesNotContain("already claimed");
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("bbt.bientap");

        // Tasklist's "Nhận việc" goes through the webapps' own API, in the person's session
        var inTasklist = WebappSession.logIn(port, SECOND_EDITOR, "demo").post(
                "/camunda/api/engine/engine/default/task/" + taskId + "/claim", "{\"userId\": \"" + SECOND_EDITOR + "\"}");
        assertThat(inTasklist.statusCode()).as(inTasklist.body()).isEqualTo(409);
        assertThat(inTasklist.body()).contains("vừa được người khác nhận (bbt.bientap)");
    }

    @RepeatedTest(3)
    void twoEditorsClaimingOneReviewAtOnceLeaveOneAssignee() {
        String pi = Items.start(author, "Hai biên tập viên cùng bấm nhận việc " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        String taskId = Items.taskOf(editor, pi, "Task_ReviewArticle");

        List<ResponseEntity<String>> answers = atOnce(
                () -> editor.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "bbt.bientap")),
                () -> otherEditor.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", SECOND_EDITOR)));

        List<Integer> statuses = answers.stream().map(a -> a.getStatusCode().value()).toList();
        assertThat(statuses).as(answers.get(0).getBody() + " / " + answers.get(1).getBody()).containsOnlyOnce(204);
        ResponseEntity<String> loser = statuses.get(0) == 204 ? answers.get(1) : answers.get(0);
        assertThat(loser.getStatusCode().value()).as(loser.getBody()).isEqualTo(409);
        String winner = statuses.get(0) == 204 ? "bbt.bientap" : SECOND_EDITOR;
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(winner);
    }

    static void assertOneWonAndTheOtherWasToldWhy(ResponseEntity<String> a, ResponseEntity<String> b) {
        List<Integer> statuses = new ArrayList<>(List.of(a.getStatusCode().value(), b.getStatusCode().value()));
        assertThat(statuses).as(a.getBody() + " / " + b.getBody()).containsOnlyOnce(204);
        ResponseEntity<String> loser = a.getStatusCode().value() == 204 ? b : a;
        assertThat(loser.getStatusCode().value()).as(loser.getBody()).isIn(404, 409);
        assertThat(loser.getBody()).containsAnyOf("người khác", "Không tìm thấy công việc");
    }

    /** Both requests leave together; both answers are returned in order. */
    @SafeVarargs
    static List<ResponseEntity<String>> atOnce(Supplier<ResponseEntity<String>>... requests) {
        CyclicBarrier start = new CyclicBarrier(requests.length);
        ExecutorService threads = Executors.newFixedThreadPool(requests.length);
        List<CompletableFuture<ResponseEntity<String>>> running = new ArrayList<>();
        for (Supplier<ResponseEntity<String>> request : requests) {
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return request.get();
            }, threads));
        }
        try {
            return running.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdown();
        }
    }
}
