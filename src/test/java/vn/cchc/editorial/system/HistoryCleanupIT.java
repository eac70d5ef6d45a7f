package vn.cchc.editorial.system;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Camunda's history cleanup as configured (application.yaml, {@link HistoryCleanupWindow}; docs/operations.md):
 * an item's engine history goes five years after its end, with its per-item grant; its own rows (the item,
 * revisions, reviews, publications) stay, as does what the reports read from the engine's history: a periodic
 * report that ended as long ago (ten years' keep) and one still open. The items and reports are made with the
 * engine's clock moved back, so that "five years ago" is already past when the cleanup runs on today's clock.
 * Its own context on its own in-memory database: the cleanup must not remove other tests' history, and the
 * reports' periods are those other tests use. So it runs in failsafe's JVM, not beside the shared test context
 * (a second engine would take over the registry's "default" that the REST API resolves), and closes its context.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:cchc-history-cleanup;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000",
        "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=1000"
})
class HistoryCleanupIT {

    static final String[] ENGINE_HISTORY = {"act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst",
            "act_hi_detail", "act_hi_identitylink", "act_hi_op_log", "act_hi_comment", "act_hi_job_log", "act_ge_bytearray"};
    static final int ITEM_DAYS = 1825;
    static final int REPORT_DAYS = 3650;

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ProcessEngineConfiguration engine;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clockAsItWas() {
        ClockUtil.reset();
    }

    @Test
    void theCleanupRunsAtNightInThePlansZoneByRemovalTimeFromTheEnd() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine;
        // the shipped plan's zone is Asia/Ho_Chi_Minh, whatever the zone of the machine running the test
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("20:00+0700");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00+0700");
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
    }

    @Test
    void anItemsEngineHistoryGoesAfterFiveYearsAndNothingOfOurOwnNorWhatAReportStillReads() throws Exception {
        Instant longAgo = Instant.now().minus(Duration.ofDays(ITEM_DAYS + 30));
        ClockUtil.setCurrentTime(Date.from(longAgo));

        RestClient author = new RestClient(port, "vp.tacgia");
        RestClient board = author.as("bbt.bientap");
        String item = Items.start(author, "Tin đã đăng hơn năm năm trước", "[\"DEPARTMENT_PORTAL\"]");
        Items.approve(board, item);
        HistoricProcessInstance itemEnded = ended(item);
        String approvedReport = report("2024-H1", longAgo);
        tasks.complete(taskOf(approvedReport, "Task_CheckReport"));
        tasks.complete(taskOf(approvedReport, "Task_ApproveReport"), Map.of("approved", true));
        HistoricProcessInstance reportEnded = ended(approvedReport);
        String openReport = report("2024-Y", Instant.now());

        // removal time = the end + the process's historyTimeToLive, on every row of the instance's history
        assertThat(itemEnded.getRemovalTime()).isEqualTo(plusDays(itemEnded.getEndTime(), ITEM_DAYS));
        assertThat(reportEnded.getRemovalTime()).isEqualTo(plusDays(reportEnded.getEndTime(), REPORT_DAYS));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(openReport).singleResult().getRemovalTime())
                .isNull();
        Map<String, Integer> itemHistory = engineHistoryOf(item);
        assertThat(itemHistory).allSatisfy((table, rows) -> {
            if (!table.equals("act_hi_comment") && !table.equals("act_hi_job_log") && !table.equals("act_hi_detail")) {
                assertThat(rows).as(table).isPositive();
            }
        });
        // the history level writes no details (FullHistoryWithoutDetails): each variable keeps its last value only
        assertThat(itemHistory.get("act_hi_detail")).as("act_hi_detail").isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(item).variableName("reviewDecision")
                .singleResult().getValue()).isEqualTo("APPROVE");
        assertThat(itemHistory.get("act_hi_job_log")).as("the publication job's log").isPositive();
        Map<String, Integer> reportHistory = engineHistoryOf(approvedReport);
        Map<String, Integer> openReportHistory = engineHistoryOf(openReport);
        Map<String, Integer> ourRows = ourRowsOf(item);
        assertThat(ourRows).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(jdbc.queryForList("select removal_time_ from act_ru_authorization where resource_type_ = ? and resource_id_ = ?",
                Date.class, Resources.HISTORIC_PROCESS_INSTANCE.resourceType(), item)).extracting(Date::getTime)
                .as("the unit's grant to read the item's history goes with that history")
                .containsExactly(itemEnded.getRemovalTime().getTime());
        byte[] approvedDocx = download("bgd.giamdoc", "/api/reports/periodic/2024-H1/approved.docx");
        byte[] openDraft = download("vp.theodoi", "/api/reports/periodic/2024-Y/draft.docx");

        ClockUtil.reset();
        history.cleanUpHistoryAsync(true);
        await().atMost(Duration.ofSeconds(60)).until(() -> count("act_hi_procinst", item) == 0);

        assertThat(engineHistoryOf(item)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(historicGrants(item)).as("the unit's grant to read the item's history").isZero();
        assertThat(ourRowsOf(item)).isEqualTo(ourRows);
        assertThat(author.get("/api/my-items").getBody()).contains("Tin đã đăng hơn năm năm trước");
        assertThat(author.get("/portal").getBody()).contains("Tin đã đăng hơn năm năm trước");

        assertThat(engineHistoryOf(approvedReport)).isEqualTo(reportHistory);
        assertThat(engineHistoryOf(openReport)).isEqualTo(openReportHistory);
        assertThat(download("bgd.giamdoc", "/api/reports/periodic/2024-H1/approved.docx")).isEqualTo(approvedDocx);
        assertThat(download("vp.theodoi", "/api/reports/periodic/2024-Y/draft.docx")).isEqualTo(openDraft);
    }

    /** A periodic report started as the year's plan starts it, awaited until its draft waits for the Office. */
    private String report(String period, Instant due) {
        String instance = runtime.startProcessInstanceByKey("PeriodicReportProcess", period, Map.of(
                "period", period, "periodLabel", period, "office", "van-phong-theo-doi", "directors", "ban-giam-doc",
                "draftAt", Date.from(ClockUtil.now().toInstant().minusSeconds(60)),
                "dueAt", Date.from(due.plus(Duration.ofDays(30))),
                "escalateAt", Date.from(due.plus(Duration.ofDays(31))))).getId();
        await().atMost(Duration.ofSeconds(60)).until(() -> taskOf(instance, "Task_CheckReport") != null);
        return instance;
    }

    private HistoricProcessInstance ended(String instance) {
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult(),
                found -> found.getEndTime() != null);
    }

    private String taskOf(String instance, String key) {
        var task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
        return task == null ? null : task.getId();
    }

    private Map<String, Integer> engineHistoryOf(String instance) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (String table : ENGINE_HISTORY) {
            rows.put(table, count(table, instance));
        }
        return rows;
    }

    private int count(String table, String instance) {
        return jdbc.queryForObject("select count(*) from " + table + " where root_proc_inst_id_ = ?", Integer.class, instance);
    }

    private Map<String, Integer> ourRowsOf(String instance) {
        Long article = jdbc.queryForObject("select id from article where process_instance_id = ?", Long.class, instance);
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("article", 1);
        for (String table : List.of("article_revision", "article_review", "publication")) {
            rows.put(table, jdbc.queryForObject("select count(*) from " + table + " where article_id = ?", Integer.class, article));
        }
        return rows;
    }

    private int historicGrants(String instance) {
        return jdbc.queryForObject("select count(*) from act_ru_authorization where resource_type_ = ? and resource_id_ = ?",
                Integer.class, Resources.HISTORIC_PROCESS_INSTANCE.resourceType(), instance);
    }

    private byte[] download(String user, String path) throws Exception {
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    private static Date plusDays(Date date, int days) {
        return Date.from(date.toInstant().plus(days, ChronoUnit.DAYS));
    }
}
