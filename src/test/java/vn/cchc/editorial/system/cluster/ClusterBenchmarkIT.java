package vn.cchc.editorial.system.cluster;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.PackagedApp;
import vn.cchc.editorial.RestClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * Measures, on one node and then on two nodes (each configuration on a fresh throwaway PostgreSQL
 * database): item lifecycles through the REST API (start, review task, approve, until the asynchronous
 * publication is stored), and due timers fired (the probe of ClusterIT, released all at once). Bounded in
 * count and time, localhost only. ./mvnw verify -Pbenchmark [-Dcchc.benchmark.items=200
 * -Dcchc.benchmark.timers=10000 -Dcchc.benchmark.clients=8]; the figures go to stdout and to
 * target/benchmark/results.md, and docs/performance.md keeps the ones measured.
 */
class ClusterBenchmarkIT {

    static final int ITEMS = Integer.getInteger("cchc.benchmark.items", 200);
    static final int TIMERS = Integer.getInteger("cchc.benchmark.timers", 10_000);
    static final int CLIENTS = Integer.getInteger("cchc.benchmark.clients", 8);
    /** Items run first and not counted: the nodes' JIT compilers and pools warm up on them. */
    static final int WARM_UP = Math.max(10, ITEMS / 10);
    static final Duration PHASE_LIMIT = Duration.ofMinutes(15);

    record Lifecycles(int items, Duration total, long p50, long p95, long max) {
        double perSecond() {
            return items * 1000.0 / total.toMillis();
        }
    }

    record Timers(int timers, Duration creating, Duration firing, Map<String, Long> perNode) {
        double perSecond() {
            return timers * 1000.0 / firing.toMillis();
        }
    }

    @Test
    void itemLifecyclesAndDueTimersOnOneAndOnTwoNodes() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("machine: " + machine());
        for (int nodes = 1; nodes <= 2; nodes++) {
            try (ThrowawayDatabase database = ThrowawayDatabase.create("bench" + nodes)) {
                List<PackagedApp> cluster = new ArrayList<>();
                try {
                    for (int n = 0; n < nodes; n++) {
                        cluster.add(database.startNode("node-" + (char) ('a' + n), ClusterIT.JOB_EXECUTOR));
                    }
                    String loadBefore = loadAverage();
                    lifecycles(database, cluster, "Tin khởi động số ", WARM_UP);
                    Lifecycles lifecycles = lifecycles(database, cluster, "Tin đo hiệu năng số ", ITEMS);
                    Timers timers = timers(database, cluster);
                    rows.add("%d node(s): %d item lifecycles with %d clients in %.1f s = %.1f items/s; start to published p50 %d ms, p95 %d ms, max %d ms"
                            .formatted(nodes, lifecycles.items(), CLIENTS, lifecycles.total().toMillis() / 1000.0,
                                    lifecycles.perSecond(), lifecycles.p50(), lifecycles.p95(), lifecycles.max()));
                    rows.add("%d node(s): %d due timers created in %.1f s, fired in %.1f s = %.0f timers/s; per node %s"
                            .formatted(nodes, timers.timers(), timers.creating().toMillis() / 1000.0,
                                    timers.firing().toMillis() / 1000.0, timers.perSecond(), timers.perNode()));
                    rows.add("%d node(s): load average before %s, after %s".formatted(nodes, loadBefore, loadAverage()));
                    System.out.println(rows.get(rows.size() - 3) + "\n" + rows.get(rows.size() - 2) + "\n" + rows.get(rows.size() - 1));
                } finally {
                    for (PackagedApp node : cluster) {
                        node.close();
                    }
                }
            }
        }
        Path results = Path.of("target", "benchmark", "results.md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, String.join("\n", rows) + "\n");
        rows.forEach(System.out::println);
    }

    /** count items, CLIENTS at a time: started on one node, approved on the next, until published. */
    Lifecycles lifecycles(ThrowawayDatabase database, List<PackagedApp> nodes, String title, int count) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        Instant start = Instant.now();
        Instant deadline = start.plus(PHASE_LIMIT);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            done.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < count && Instant.now().isBefore(deadline); i = next.getAndIncrement()) {
                    PackagedApp starter = nodes.get(i % nodes.size());
                    PackagedApp approver = nodes.get((i + 1) % nodes.size());
                    Instant began = Instant.now();
                    String processInstanceId = Items.start(starter.client("vp.tacgia"), title + i, "[\"DEPARTMENT_PORTAL\"]");
                    RestClient board = approver.client("bbt.bientap");
                    String task = ClusterIT.singleTask(board, processInstanceId, "Task_ReviewArticle");
                    ResponseEntity<String> approved = board.post("/engine-rest/task/" + task + "/submit-form",
                            variables("reviewDecision", "APPROVE", "String"));
                    assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(204);
                    await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() -> published(database, processInstanceId));
                    latencies.add(Duration.between(began, Instant.now()).toMillis());
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        Duration total = Duration.between(start, Instant.now());
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.MINUTES);
        assertThat(latencies).as("items finished within %s", PHASE_LIMIT).hasSize(count);
        List<Long> sorted = latencies.stream().sorted().toList();
        return new Lifecycles(count, total, percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }

    /** TIMERS probes created on hold, then released together; timed until the last firing. */
    Timers timers(ThrowawayDatabase database, List<PackagedApp> nodes) throws Exception {
        TimerProbe probe = new TimerProbe(database, nodes.get(0)).deploy();
        probe.hold();
        Instant creating = Instant.now();
        probe.start("bench", TIMERS, Duration.ZERO, nodes, CLIENTS);
        Duration created = Duration.between(creating, Instant.now());
        assertThat(probe.suspendedTimers()).isEqualTo(TIMERS);

        Instant released = probe.release();
        await().atMost(PHASE_LIMIT).pollInterval(Duration.ofSeconds(1)).until(() -> probe.pendingTimers() == 0);
        assertThat(probe.firings("bench")).isEqualTo(TIMERS);
        assertThat(probe.probesFired("bench")).isEqualTo(TIMERS);
        return new Timers(TIMERS, created, Duration.between(released, probe.firingSpan("bench")[1]), probe.firingsPerNode("bench"));
    }

    static boolean published(ThrowawayDatabase database, String processInstanceId) {
        return database.jdbc().queryForObject("""
                select count(*) from publication p join article a on a.id = p.article_id
                where a.process_instance_id = ? and p.status = 'PUBLISHED'""", Long.class, processInstanceId) == 1;
    }

    static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        long memoryKb = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(l -> l.startsWith("MemTotal")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        return "%d cores (%s), %.0f GiB, Java %s".formatted(Runtime.getRuntime().availableProcessors(), cpu,
                memoryKb / 1024.0 / 1024.0, System.getProperty("java.version"));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
