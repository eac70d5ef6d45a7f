package vn.cchc.editorial.quota;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.publication.PublicationRecorded;
import vn.cchc.editorial.publication.PublicationRepository;
import vn.cchc.editorial.publication.PublicationStatus;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * A publication committed on a node that stopped before its quota check ran: the event is still in
 * event_publication, and the next start hands it to the quota check, which closes the period at once
 * instead of leaving it to its deadline. {@link QuotaChecksFail} makes the check fail as the node's death
 * would have; the start is Spring Modulith's own step at start-up, run again on the same database.
 */
@ApplicationTest
class QuotaCheckSurvivesRestartTest {

    static final String JANUARY = "department-portal-monthly:2024-01";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ArticleRepository articles;
    @Autowired
    PublicationRepository publications;
    @Autowired
    ApplicationEventMulticaster multicaster;
    @Autowired
    QuotaWatcher watcher;

    @BeforeEach
    @AfterEach
    void noPlanFor2024AndTheClockAsItWas() {
        QuotaChecksFail.disarm();
        ClockUtil.reset();
        // the job executor may be judging the plan's past deadlines: delete again until it is gone
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            runtime.createProcessInstanceQuery().processDefinitionKey(OpenPlan.PROCESS_KEY).processInstanceBusinessKey("2024")
                    .list().forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test", true, true));
            return runtime.createProcessInstanceQuery().processDefinitionKey(OpenPlan.PROCESS_KEY)
                    .processInstanceBusinessKey("2024").count() == 0;
        });
    }

    @Test
    void aPublicationWhoseQuotaCheckDidNotRunBeforeTheNodeStoppedClosesItsPeriodAtTheNextStart() {
        // 10 January 2024: the Office's January period on the department portal is open, its deadline the 25th
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2024-01-10T09:00:00+07:00").toInstant()));
        RestClient office = new RestClient(port, "vp.theodoi");
        var started = office.post("/engine-rest/process-definition/key/CommunicationPlanProcess/submit-form",
                variables("year", "2024", "String"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String plan = office.json(started).get("id").asText();
        assertThat(waitingPeriods(plan)).contains(JANUARY);

        // an item of the Office published; the node "dies" before the quota check
        QuotaChecksFail.arm();
        RestClient author = new RestClient(port, "vp.tacgia");
        String item = Items.start(author, "Tin của Văn phòng trước khi máy chủ dừng", "[\"DEPARTMENT_PORTAL\"]");
        Items.approve(author.as("bbt.bientap"), item);
        long articleId = articles.findByProcessInstanceId(item).orElseThrow().getId();
        await().atMost(Duration.ofMinutes(2)).until(() -> publications.findByArticleId(articleId).stream()
                .anyMatch(p -> p.getStatus() == PublicationStatus.PUBLISHED));
        await().atMost(Duration.ofMinutes(1)).until(() -> QuotaChecksFail.failed() > 0);
        assertThat(outstanding(articleId)).as("the event waits in event_publication").isEqualTo(1);
        assertThat(waitingPeriods(plan)).as("nothing closed the period").contains(JANUARY);

        // the next start on the same database: Modulith hands every outstanding event to its listener
        QuotaChecksFail.disarm();
        ((SmartInitializingSingleton) multicaster).afterSingletonsInstantiated();

        // reading the period's variable while the correlation ends it may lose an optimistic lock: read again
        await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() -> !waitingPeriods(plan).contains(JANUARY));
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(plan).activityId("EndEvent_QuotaMet").count())
                .as("closed because the quota was met, not by its deadline").isEqualTo(1);
        await().atMost(Duration.ofMinutes(1)).until(() -> outstanding(articleId) == 0);

        // handled once more, as by a second node starting meanwhile: nothing changes, nothing fails
        watcher.onPublication(new PublicationRecorded(articleId, "DEPARTMENT_PORTAL", "van-phong", LocalDate.of(2024, 1, 10)));
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(plan).activityId("EndEvent_QuotaMet").count())
                .isEqualTo(1);
        assertThat(waitingPeriods(plan)).doesNotContain(JANUARY);
    }

    private List<String> waitingPeriods(String plan) {
        return runtime.createExecutionQuery().processInstanceId(plan).activityId("Task_AwaitPublications").list()
                .stream().map(e -> (String) runtime.getVariable(e.getId(), PlanVariables.PERIOD_ID)).toList();
    }

    /** The event's rows still to handle (handled ones are deleted: completion mode delete). */
    private long outstanding(long articleId) {
        return jdbc.queryForObject("select count(*) from event_publication where event_type = ? and serialized_event like ?",
                Long.class, PublicationRecorded.class.getName(), "%\"articleId\":" + articleId + ",%");
    }
}
