package vn.cchc.editorial.article;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.AsDemoUsers;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.WebappSession;
import vn.cchc.editorial.publication.PublicationStatus;
import vn.cchc.editorial.quota.QuotaCounter;
import vn.cchc.editorial.quota.QuotaPeriods;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An item's state follows its process instance whatever ends it. Each way an administrator can end an
 * instance is tried on an item of the Office (vp.tacgia, unit van-phong, which leads the first quarter),
 * and each leaves the item withdrawn and out of the list of items in progress that the Office's
 * missed-quota task carries.
 */
class WithdrawnWithItsProcessTest extends AsDemoUsers {

    static final String MARCH = "department-portal-monthly:2024-03";
    static final String FIRST_QUARTER_ON_THE_PROVINCIAL_PORTAL = "provincial-portal-quarterly:2024-Q1";

    @Autowired
    HistoryService history;
    @Autowired
    QuotaCounter counter;
    @Autowired
    QuotaPeriods periods;

    @ParameterizedTest
    @ValueSource(strings = {"", "?skipCustomListeners=true", "?skipCustomListeners=true&skipIoMappings=true"})
    void anItemWaitingForTheBoardWhoseInstanceTheAdministratorDeletesIsWithdrawn(String options) {
        String pi = waitingItem("Tin bị xóa qua REST " + System.nanoTime());

        ResponseEntity<String> deleted = admin.exchange(HttpMethod.DELETE, "/engine-rest/process-instance/" + pi + options, null);

        assertThat(deleted.getStatusCode().value()).as(deleted.getBody()).isEqualTo(204);
        assertWithdrawn(pi, MARCH);
    }

    /** Cockpit deletes an instance through the webapps' own copy of the API, in the administrator's session. */
    @ParameterizedTest
    @ValueSource(strings = {"", "?skipCustomListeners=true"})
    void anItemWhoseInstanceTheAdministratorDeletesInCockpitIsWithdrawn(String options) {
        String pi = waitingItem("Tin bị xóa trong Cockpit " + System.nanoTime());
        WebappSession cockpit = WebappSession.logIn(port, "admin", "demo");

        HttpResponse<String> deleted = cockpit.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/camunda/api/engine/engine/default/process-instance/" + pi + options)).DELETE());

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertWithdrawn(pi, MARCH);
    }

    @Test
    void anItemWhoseInstanceIsDeletedThroughTheJavaApiSkippingListenersAndMappingsIsWithdrawn() {
        String pi = waitingItem("Tin bị xóa qua Java API " + System.nanoTime());

        runtime.deleteProcessInstance(pi, "Nhập nhầm", true, true, true);

        assertWithdrawn(pi, MARCH);
    }

    @Test
    void anItemWithItsAuthorWhoseEveryActivityIsCancelledByAModificationIsWithdrawn() {
        String pi = waitingItem("Tin bị hủy bằng sửa đổi tiến trình " + System.nanoTime());
        assertThat(Items.decide(board, Items.taskOf(board, pi, "Task_ReviewArticle"), "REVISE", "Bổ sung số liệu.")
                .getStatusCode().value()).isEqualTo(204);
        assertThat(articles.findByProcessInstanceId(pi).orElseThrow().getStatus()).isEqualTo(ArticleStatus.IN_REVISION);
        assertThat(counter.itemsInProgress(periods.find(MARCH))).anyMatch(line -> line.contains(codeOf(pi)));

        runtime.createProcessInstanceModification(pi).cancelAllForActivity("Task_ReviseArticle").execute(true, true);

        assertWithdrawn(pi, MARCH);
    }

    @Test
    void itemsWhoseInstancesABatchDeletesAreWithdrawn() {
        List<String> instances = List.of(waitingItem("Tin xóa theo lô 1 " + System.nanoTime()),
                waitingItem("Tin xóa theo lô 2 " + System.nanoTime()));

        runtime.deleteProcessInstancesAsync(instances, null, "Dọn dẹp", true, true);

        // the batch's jobs run on the job executor
        await().atMost(Duration.ofSeconds(60)).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceIds(new java.util.HashSet<>(instances)).count() == 0);
        instances.forEach(pi -> assertWithdrawn(pi, MARCH));
    }

    @Test
    void anApprovedItemAwaitingAProvinceWhoseInstanceIsDeletedStaysApprovedAndItsHandOffIsWithdrawn() {
        String pi = Items.start(author, "Tin chờ tỉnh bị xóa " + System.nanoTime(), "[\"PROVINCIAL_PORTAL\"]");
        Items.approve(board, pi);
        long id = articles.findByProcessInstanceId(pi).orElseThrow().getId();
        await().atMost(Duration.ofSeconds(60)).until(() -> publications.findByArticleId(id).stream()
                .anyMatch(p -> p.getStatus() == PublicationStatus.HANDED_OFF));
        assertThat(counter.itemsInProgress(periods.find(FIRST_QUARTER_ON_THE_PROVINCIAL_PORTAL)))
                .anyMatch(line -> line.contains(codeOf(pi)) && line.contains("chờ tỉnh duyệt"));

        ResponseEntity<String> deleted = admin.exchange(HttpMethod.DELETE,
                "/engine-rest/process-instance/" + pi + "?skipCustomListeners=true", null);

        assertThat(deleted.getStatusCode().value()).as(deleted.getBody()).isEqualTo(204);
        assertThat(articles.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.APPROVED);
        assertThat(publications.findByArticleId(id)).singleElement()
                .satisfies(p -> assertThat(p.getStatus()).isEqualTo(PublicationStatus.WITHDRAWN));
        assertThat(counter.itemsInProgress(periods.find(FIRST_QUARTER_ON_THE_PROVINCIAL_PORTAL)))
                .noneMatch(line -> line.contains(codeOf(pi)));
    }

    @Test
    void anItemWhoseProcessEndsTheOrdinaryWayKeepsItsDecision() {
        String pi = waitingItem("Tin bị từ chối " + System.nanoTime());

        ResponseEntity<String> rejected = Items.decide(board, Items.taskOf(board, pi, "Task_ReviewArticle"), "REJECT", "Không phù hợp chủ đề.");

        assertThat(rejected.getStatusCode().value()).as(rejected.getBody()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        assertThat(articles.findByProcessInstanceId(pi).orElseThrow().getStatus()).isEqualTo(ArticleStatus.REJECTED);
    }

    private String waitingItem(String title) {
        String pi = Items.start(author, title, "[\"DEPARTMENT_PORTAL\"]");
        assertThat(articles.findByProcessInstanceId(pi).orElseThrow().getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(counter.itemsInProgress(periods.find(MARCH)))
                .anyMatch(line -> line.contains(codeOf(pi)) && line.contains("chờ Ban Biên tập duyệt"));
        return pi;
    }

    private void assertWithdrawn(String pi, String periodId) {
        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult();
        // a deletion ends it EXTERNALLY_TERMINATED, a modification INTERNALLY_TERMINATED: the item follows either
        assertThat(ended.getState()).isIn(HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED,
                HistoricProcessInstance.STATE_INTERNALLY_TERMINATED);
        assertThat(articles.findByProcessInstanceId(pi).orElseThrow().getStatus()).isEqualTo(ArticleStatus.WITHDRAWN);
        assertThat(counter.itemsInProgress(periods.find(periodId))).noneMatch(line -> line.contains(codeOf(pi)));
    }

    private String codeOf(String pi) {
        return articles.findByProcessInstanceId(pi).orElseThrow().getCode();
    }
}
