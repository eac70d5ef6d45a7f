package vn.cchc.editorial.publication;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.editorial.AsDemoUsers;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.publication.ExternalPortalStub.*;

/**
 * Publishing to an external portal that fails: the asynchronous job is retried, becomes an incident when
 * the portal stays down, and however it is retried the item is posted and stored exactly once. Retries
 * are driven by executing the job, never by waiting for the 5-minute retry cycle.
 */
class PublicationFaultsTest extends AsDemoUsers {

    static final String PUBLISH = PublishJobs.PUBLISH;

    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noFailingFlushLeftBehind() {
        FailingFlush.disarm(jdbc);
    }

    @Test
    void portalThatFailsTwiceIsRetriedAndTheItemIsPublishedOnce() {
        String pi = Items.start(author, "Cổng lỗi hai lần rồi nhận tin " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        String key = keyOf(pi);
        server().stubFor(postOf(key).inScenario(key).whenScenarioStateIs(STARTED)
                .willReturn(serviceUnavailable()).willSetStateTo("failed once"));
        server().stubFor(postOf(key).inScenario(key).whenScenarioStateIs("failed once")
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("failed twice"));
        server().stubFor(postOf(key).inScenario(key).whenScenarioStateIs("failed twice")
                .willReturn(okJson("{\"url\": \"https://cong.example.gov.vn/tin/lan-ba\"}")));

        Items.approve(board, pi);
        Job job = firstFailureOf(pi);
        assertThat(job.getRetries()).isEqualTo(4);
        assertThatThrownBy(() -> management.executeJob(job.getId())).isNotNull();
        assertThat(jobOf(pi).getRetries()).isEqualTo(3);
        management.executeJob(job.getId());

        assertThat(postsOf(key)).hasSize(3);
        assertThat(publicationsOf(pi)).singleElement().satisfies(p -> {
            assertThat(p.getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
            assertThat(p.getUrl()).isEqualTo("https://cong.example.gov.vn/tin/lan-ba");
        });
        assertThat(jobOf(pi)).isNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi)
                .activityId("EndEvent_PublishedOnDepartmentPortal").count()).isEqualTo(1);
    }

    @Test
    void portalThatStaysDownLeavesAnIncidentAndARetryFromCockpitPublishesOnce() {
        String pi = Items.start(author, "Cổng ngừng hoạt động " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        String key = keyOf(pi);
        server().stubFor(postOf(key).willReturn(serverError().withBody("Lỗi máy chủ")));

        Items.approve(board, pi);
        Job job = firstFailureOf(pi);
        for (int retriesLeft = 3; retriesLeft >= 0; retriesLeft--) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).isNotNull();
            assertThat(jobOf(pi).getRetries()).isEqualTo(retriesLeft);
        }
        assertThat(postsOf(key)).hasSize(5);
        assertThat(publicationsOf(pi)).isEmpty();

        JsonNode incidents = admin.json(admin.get("/engine-rest/incident?processInstanceId=" + pi));
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.get("incidentType").asText()).isEqualTo("failedJob");
            assertThat(incident.get("activityId").asText()).isEqualTo(PUBLISH);
            assertThat(incident.get("configuration").asText()).isEqualTo(job.getId());
        });
        assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).isEqualTo(1);

        // the portal is repaired; the administrator retries from Cockpit, which sets the job's retries
        server().stubFor(postOf(key).willReturn(created().withHeader("Content-Type", "application/json")
                .withBody("{\"url\": \"https://cong.example.gov.vn/tin/sau-khi-sua\"}")));
        ResponseEntity<String> retried = admin.exchange(HttpMethod.PUT, "/engine-rest/job/" + job.getId() + "/retries",
                Map.of("retries", 1, "dueDate", PublishJobs.restDate(ClockUtil.getCurrentTime())));
        assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(publicationsOf(pi)).hasSize(1));
        assertThat(publicationsOf(pi).get(0).getUrl()).isEqualTo("https://cong.example.gov.vn/tin/sau-khi-sua");
        assertThat(postsOf(key)).hasSize(6);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero());
        assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).isZero();
    }

    @Test
    void postThatSucceededBeforeTheTransactionFailedIsNotPostedAgain() {
        String pi = Items.start(author, "Đăng xong nhưng lưu lỗi " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        String key = keyOf(pi);
        // a portal that remembers what was posted under each key, as the contract asks
        server().stubFor(lookUp(key).inScenario(key).whenScenarioStateIs(STARTED).willReturn(notFound()));
        server().stubFor(postOf(key).inScenario(key).whenScenarioStateIs(STARTED)
                .willReturn(created().withHeader("Content-Type", "application/json")
                        .withBody("{\"url\": \"https://cong.example.gov.vn/tin/mot-lan\"}"))
                .willSetStateTo("posted"));
        server().stubFor(lookUp(key).inScenario(key).whenScenarioStateIs("posted")
                .willReturn(okJson("{\"url\": \"https://cong.example.gov.vn/tin/mot-lan\"}")));
        FailingFlush.armOnceFor(jdbc, key);

        Items.approve(board, pi);
        Job job = firstFailureOf(pi);
        assertThat(job.getExceptionMessage()).contains(FailingFlush.MESSAGE);
        assertThat(postsOf(key)).hasSize(1);
        assertThat(publicationsOf(pi)).isEmpty();

        management.executeJob(job.getId());

        assertThat(postsOf(key)).as("the retry only looked the item up").hasSize(1);
        assertThat(lookUpsOf(key)).hasSize(2);
        assertThat(publicationsOf(pi)).singleElement()
                .satisfies(p -> assertThat(p.getUrl()).isEqualTo("https://cong.example.gov.vn/tin/mot-lan"));
        assertThat(jdbc.queryForObject("select count(*) from publication where idempotency_key = ?", Integer.class, key))
                .isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    }

    Job firstFailureOf(String pi) {
        return jobs().firstFailureOf(pi);
    }

    Job jobOf(String pi) {
        return jobs().jobOf(pi);
    }

    String keyOf(String pi) {
        return jobs().keyOf(pi);
    }

    List<Publication> publicationsOf(String pi) {
        return jobs().publicationsOf(pi);
    }

    PublishJobs jobs() {
        return new PublishJobs(management, articles, publications);
    }
}
