package vn.cchc.editorial.system.cluster;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14, part 2: the item lifecycle through the Java API, 4 threads, ours against a bare engine, in one JVM
 * and one run. <b>Ours</b> is the whole application (its Spring context: engine, BPMN, listeners, delegates, the
 * event registry, the notifications) on an in-memory H2 database, each lifecycle as its people would act through
 * the engine's services: the author ({@code vp.tacgia}, authenticated to the engine with its unit) submits the
 * start form, the Board ({@code bbt.bientap}) finds the review task and submits the approval, then the thread
 * polls history every 20 ms until the instance ended (its publication stored by the job executor). What the REST
 * layer adds (HTTP basic, {@code EngineApiWriteGuard}, JSON) is not in it: that is {@link FloorBenchmarkIT}'s.
 * <b>The floor</b> is a bare engine built here (Camunda's standalone in-memory configuration, its own H2 database,
 * history full, authorization off, the same job executor settings) running benchmark/floor's {@code floor.bpmn}
 * (start, a user task, an asynchronous service task, end), whose service task inserts a publication row in the
 * job's transaction; the same steps, anonymous. Both warm up first; ours then the floor, twice, alternating.
 * <p>
 * {@code ./mvnw -B verify -Pfloor -Dit.test=JavaApiFloorBenchmarkIT [-Dcchc.benchmark.java.items=200]}; writes
 * target/benchmark/java-api.md.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:cchc-java-api;" + JavaApiFloorBenchmarkIT.H2_SETTINGS,
        "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=1000"
})
class JavaApiFloorBenchmarkIT {

    /** Both in-memory databases alike, with the statement cache of the product's H2 address (application.yaml). */
    static final String H2_SETTINGS = "DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000;QUERY_CACHE_SIZE=256";
    static final int ITEMS = Integer.getInteger("cchc.benchmark.java.items", 200);
    static final int THREADS = 4;
    static final int WARM_UP = Math.max(20, ITEMS / 5);

    @Autowired
    ProcessEngine ours;

    interface Lifecycle {
        void run(ProcessEngine engine, String definitionId);
    }

    @Test
    void oursAgainstABareEngineThroughTheJavaApi() throws Exception {
        ProcessEngine floor = floorEngine();
        try {
            String oursDefinition = ours.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey("ArticlePublicationProcess").latestVersion().singleResult().getId();
            String floorDefinition = deployFloor(floor.getRepositoryService());
            List<Double> oursRates = new ArrayList<>();
            List<Double> floorRates = new ArrayList<>();
            rate(ours, oursDefinition, WARM_UP, this::oursLifecycle);
            rate(floor, floorDefinition, WARM_UP, this::floorLifecycle);
            for (int round = 0; round < 2; round++) {
                oursRates.add(rate(ours, oursDefinition, ITEMS, this::oursLifecycle));
                floorRates.add(rate(floor, floorDefinition, ITEMS, this::floorLifecycle));
                System.out.printf("round %d: ours %.2f items/s, floor %.2f items/s%n", round + 1,
                        oursRates.get(round), floorRates.get(round));
            }
            double o = oursRates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double f = floorRates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            String table = """
                    Java API, %d threads, %d items a round after %d unmeasured, two rounds alternating (ours, the floor), %s, %s, load average %s

                    | | ours | floor | ours / floor |
                    |---|---|---|---|
                    | item lifecycles per second (mean of the rounds) | %.2f | %.2f | %.2f |
                    | rounds | %s | %s | |
                    """.formatted(THREADS, ITEMS, WARM_UP, LocalDate.now(), ClusterBenchmarkIT.machine(),
                    ClusterBenchmarkIT.loadAverage(), o, f, o / f, oursRates, floorRates);
            System.out.println(table);
            Path out = Path.of("target", "benchmark", "java-api.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, table);
            assertThat(floor.getHistoryService().createHistoricProcessInstanceQuery().finished().count())
                    .isEqualTo(WARM_UP + 2L * ITEMS);
        } finally {
            floor.close();
        }
    }

    /** Items per second: count lifecycles on THREADS threads, each item to the end of its instance. */
    double rate(ProcessEngine engine, String definitionId, int count, Lifecycle lifecycle) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        long began = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(threads.submit(() -> {
                    while (next.getAndIncrement() < count) {
                        lifecycle.run(engine, definitionId);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        return count / ((System.nanoTime() - began) / 1e9);
    }

    void oursLifecycle(ProcessEngine engine, String definitionId) {
        IdentityService identity = engine.getIdentityService();
        FormService forms = engine.getFormService();
        TaskService tasks = engine.getTaskService();
        try {
            identity.setAuthentication("vp.tacgia", List.of("van-phong"));
            String instance = forms.submitStartForm(definitionId, Map.of("title", "Tin đo so sánh", "summary", "Sapo của tin.",
                    "content", "<p>Nội dung <b>tin</b>.</p>", "topic", "T11", "kind", "NEWS",
                    "channels", SpinValues.jsonValue("[\"DEPARTMENT_PORTAL\"]").create())).getId();
            identity.setAuthentication("bbt.bientap", List.of("ban-bien-tap"));
            String task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_ReviewArticle").singleResult().getId();
            forms.submitTaskForm(task, Map.of("reviewDecision", "APPROVE"));
            identity.setAuthentication("vp.tacgia", List.of("van-phong"));
            awaitEnd(engine.getHistoryService(), instance);
        } finally {
            identity.clearAuthentication();
        }
    }

    void floorLifecycle(ProcessEngine engine, String definitionId) {
        String instance = engine.getFormService().submitStartForm(definitionId, Map.of("title", "Tin đo so sánh",
                "summary", "Sapo của tin.", "content", "<p>Nội dung <b>tin</b>.</p>", "topic", "T11", "kind", "NEWS",
                "channels", "[\"DEPARTMENT_PORTAL\"]")).getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_Review")
                .singleResult().getId();
        engine.getFormService().submitTaskForm(task, Map.of("reviewDecision", "APPROVE"));
        awaitEnd(engine.getHistoryService(), instance);
    }

    static void awaitEnd(HistoryService history, String instance) {
        await().atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1);
    }

    static ProcessEngine floorEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("floor-java-api");
        configuration.setJdbcUrl("jdbc:h2:mem:floor-java-api;" + H2_SETTINGS);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(true);
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setWaitTimeInMillis(200);
        jobExecutor.setMaxWait(1000);
        configuration.setJobExecutor(jobExecutor);
        configuration.setBeans(Map.of("publish", (JavaDelegate) execution -> {
            // the floor's publication row, in the job's transaction, as its JPA repository stores it
            try (PreparedStatement insert = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection()
                    .prepareStatement("insert into publication (process_instance_id, title) values (?, ?)")) {
                insert.setString(1, execution.getProcessInstanceId());
                insert.setString(2, (String) execution.getVariable("title"));
                insert.executeUpdate();
            }
        }));
        ProcessEngine engine = configuration.buildProcessEngine();
        try (var connection = configuration.getDataSource().getConnection()) {
            connection.createStatement().execute("create table if not exists publication (id bigint auto_increment primary key,"
                    + " process_instance_id varchar(64), title varchar(255))");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return engine;
    }

    static String deployFloor(RepositoryService repository) throws java.io.IOException {
        Path bpmn = Path.of("benchmark", "floor", "src", "main", "resources", "floor.bpmn");
        return repository.createProcessDefinitionQuery().deploymentId(repository.createDeployment()
                        .addString("floor.bpmn", Files.readString(bpmn)).deploy().getId())
                .singleResult().getId();
    }
}
