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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

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
 * {@code ./mvnw -B verify -Pfloor -Dit.test=JavaApiFloorBenchmarkIT [-Dcchc.benchmark.java.items=200]} (the items a
 * round default to {@code cchc.benchmark.floor.items} when only that is given); writes target/benchmark/java-api.md:
 * items per second and the p50 / p95 / p99 of each step (start, find the task, approve, until ended), in ms, of the
 * measured rounds, ours and the floor's, and their ratios.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:cchc-java-api;" + JavaApiFloorBenchmarkIT.H2_SETTINGS,
        "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=1000"
})
class JavaApiFloorBenchmarkIT {

    /** Both in-memory databases alike, with the statement cache of the product's H2 address (application.yaml). */
    static final String H2_SETTINGS = "DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000;QUERY_CACHE_SIZE=256";
    static final int ITEMS = Integer.getInteger("cchc.benchmark.java.items", Integer.getInteger("cchc.benchmark.floor.items", 200));
    static final int THREADS = 4;
    static final int WARM_UP = Math.max(20, ITEMS / 5);
    static final List<String> STEPS = List.of("start", "find task", "approve", "until ended");

    @Autowired
    ProcessEngine ours;

    interface Lifecycle {
        void run(ProcessEngine engine, String definitionId, Steps steps);
    }

    /** Each step's time in µs, by step, of the lifecycles that record them (the measured rounds, not the warm-up). */
    record Steps(Map<String, List<Long>> micros) {

        static Steps recorded() {
            Map<String, List<Long>> micros = new LinkedHashMap<>();
            STEPS.forEach(step -> micros.put(step, Collections.synchronizedList(new ArrayList<>())));
            return new Steps(micros);
        }

        static Steps ignored() {
            return new Steps(null);
        }

        <T> T time(String step, Supplier<T> action) {
            long began = System.nanoTime();
            T result = action.get();
            if (micros != null) {
                micros.get(step).add((System.nanoTime() - began) / 1_000);
            }
            return result;
        }

        List<Long> sorted(String step) {
            return micros.get(step).stream().sorted().toList();
        }
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
            Steps oursSteps = Steps.recorded();
            Steps floorSteps = Steps.recorded();
            rate(ours, oursDefinition, WARM_UP, this::oursLifecycle, Steps.ignored());
            rate(floor, floorDefinition, WARM_UP, this::floorLifecycle, Steps.ignored());
            for (int round = 0; round < 2; round++) {
                oursRates.add(rate(ours, oursDefinition, ITEMS, this::oursLifecycle, oursSteps));
                floorRates.add(rate(floor, floorDefinition, ITEMS, this::floorLifecycle, floorSteps));
                System.out.printf("round %d: ours %.2f items/s, floor %.2f items/s%n", round + 1,
                        oursRates.get(round), floorRates.get(round));
            }
            String table = table(oursRates, floorRates, oursSteps, floorSteps);
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

    static String table(List<Double> oursRates, List<Double> floorRates, Steps oursSteps, Steps floorSteps) throws java.io.IOException {
        double o = oursRates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double f = floorRates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        StringBuilder t = new StringBuilder();
        t.append("Ours against a bare engine through the Java API, ").append(LocalDate.now()).append(", commit ")
                .append(FloorBenchmarkIT.commit()).append(", ").append(ClusterBenchmarkIT.machine()).append('\n')
                .append("%d threads, %d item lifecycles a round after %d unmeasured, two rounds alternating (ours, then the floor), in one JVM, each on its in-memory H2 database; load average %s.%n%n"
                        .formatted(THREADS, ITEMS, WARM_UP, ClusterBenchmarkIT.loadAverage()))
                .append("| | ours | floor | ours / floor |\n|---|---|---|---|\n");
        FloorBenchmarkIT.row(t, "item lifecycles per second (mean of the rounds)", o, f, "%.2f");
        for (int round = 0; round < oursRates.size(); round++) {
            FloorBenchmarkIT.row(t, "round " + (round + 1) + ", items per second", oursRates.get(round), floorRates.get(round), "%.2f");
        }
        for (String step : STEPS) {
            for (int p : new int[]{50, 95, 99}) {
                FloorBenchmarkIT.row(t, "%s, p%d ms (%d / %d steps)".formatted(step, p, oursSteps.micros().get(step).size(),
                                floorSteps.micros().get(step).size()),
                        ClusterBenchmarkIT.percentile(oursSteps.sorted(step), p) / 1000.0,
                        ClusterBenchmarkIT.percentile(floorSteps.sorted(step), p) / 1000.0, "%.1f");
            }
        }
        return t.append("""

                How to read it: a ratio over 1 means ours costs more (for items per second, under 1 means ours is slower).
                Both engines run in the test's JVM and take turns, so the ratios hold when other work on the machine moves
                the times; compare ratios across runs, not times. Ours is the whole application without its web layer (its
                listeners, delegates, grants, notifications and its Spring context's transactions); the floor is a bare
                engine with no Spring, no authorization and no listeners: what Camunda alone costs for the same steps.
                "until ended" is the wait for the instance's end after the approval (the publication's job), polled every 20 ms.
                """).toString();
    }

    /** Items per second: count lifecycles on THREADS threads, each item to the end of its instance. */
    double rate(ProcessEngine engine, String definitionId, int count, Lifecycle lifecycle, Steps steps) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        long began = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(threads.submit(() -> {
                    while (next.getAndIncrement() < count) {
                        lifecycle.run(engine, definitionId, steps);
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

    void oursLifecycle(ProcessEngine engine, String definitionId, Steps steps) {
        IdentityService identity = engine.getIdentityService();
        FormService forms = engine.getFormService();
        TaskService tasks = engine.getTaskService();
        try {
            identity.setAuthentication("vp.tacgia", List.of("van-phong"));
            String instance = steps.time("start", () -> forms.submitStartForm(definitionId, Map.of("title", "Tin đo so sánh",
                    "summary", "Sapo của tin.", "content", "<p>Nội dung <b>tin</b>.</p>", "topic", "T11", "kind", "NEWS",
                    "channels", SpinValues.jsonValue("[\"DEPARTMENT_PORTAL\"]").create())).getId());
            identity.setAuthentication("bbt.bientap", List.of("ban-bien-tap"));
            String task = steps.time("find task", () -> tasks.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey("Task_ReviewArticle").singleResult().getId());
            steps.time("approve", () -> {
                forms.submitTaskForm(task, Map.of("reviewDecision", "APPROVE"));
                return null;
            });
            identity.setAuthentication("vp.tacgia", List.of("van-phong"));
            steps.time("until ended", () -> awaitEnd(engine.getHistoryService(), instance));
        } finally {
            identity.clearAuthentication();
        }
    }

    void floorLifecycle(ProcessEngine engine, String definitionId, Steps steps) {
        String instance = steps.time("start", () -> engine.getFormService().submitStartForm(definitionId, Map.of("title", "Tin đo so sánh",
                "summary", "Sapo của tin.", "content", "<p>Nội dung <b>tin</b>.</p>", "topic", "T11", "kind", "NEWS",
                "channels", "[\"DEPARTMENT_PORTAL\"]")).getId());
        String task = steps.time("find task", () -> engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("Task_Review").singleResult().getId());
        steps.time("approve", () -> {
            engine.getFormService().submitTaskForm(task, Map.of("reviewDecision", "APPROVE"));
            return null;
        });
        steps.time("until ended", () -> awaitEnd(engine.getHistoryService(), instance));
    }

    static Void awaitEnd(HistoryService history, String instance) {
        await().atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1);
        return null;
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
