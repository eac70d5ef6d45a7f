package vn.cchc.editorial.system.cluster;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * The product against the floor (benchmark/floor: a bare Camunda 7.24 Spring Boot application with the same
 * shape of process, start, one user task, one asynchronous service task that stores a publication, end),
 * in one run, alternating: for each of {@link #RUNS} runs, ours then the floor's, each started from its jar
 * on a fresh H2 file database, or with {@code -Dcchc.benchmark.floor.database=postgres} on a throwaway database of
 * the local PostgreSQL server of its own (ours with its profiles demo,postgres). Measures the start-up to the ready health check
 * ({@code /actuator/health/readiness}, polled every 100 ms), the resident memory (VmRSS) when ready and after
 * the item lifecycles, and the lifecycles themselves: {@link #CLIENTS} clients, each item started through the
 * REST start form ({@code submit-form}), its review task found, approved ({@code submit-form}), and its
 * historic process instance polled every 50 ms until it has ended; every request timed by kind. Ours is
 * called as the demo author and Board member with HTTP basic, the floor without authentication (it has none).
 * After each run the database is read: one stored publication per item, or the run fails.
 * <p>
 * ./mvnw -B verify -Pfloor [-Dcchc.benchmark.floor.items=100 -Dcchc.benchmark.floor.runs=3
 * -Dcchc.benchmark.floor.clients=8 -Dcchc.benchmark.floor.jfr=true -Dcchc.benchmark.floor.database=postgres]; writes target/benchmark/floor-h2.md or floor-postgres.md
 * (docs/performance.md keeps the figures) and, with jfr, target/benchmark/floor/{ours,floor}-N/*.jfr.
 */
class FloorBenchmarkIT {

    static final int ITEMS = Integer.getInteger("cchc.benchmark.floor.items", 100);
    static final int RUNS = Integer.getInteger("cchc.benchmark.floor.runs", 3);
    static final int CLIENTS = Integer.getInteger("cchc.benchmark.floor.clients", 8);
    /** Items run first in every run and not counted: the JIT compiler and the pools warm up on them. */
    static final int WARM_UP = Math.max(10, ITEMS / 5);
    static final Duration PHASE_LIMIT = Duration.ofMinutes(15);
    /** The same for both: the heap the benchmarks give the product, and the job executor of PackagedApp's tests. */
    static final List<String> JVM = List.of("-Xmx512m");
    /** -Dcchc.benchmark.floor.jfr=true: a flight recording of every application's life, in its run's folder. */
    static final boolean JFR = Boolean.getBoolean("cchc.benchmark.floor.jfr");
    /** -Dcchc.benchmark.floor.only-ours=true: ours alone, for a before/after of a change (no ratios, no table). */
    static final boolean ONLY_OURS = Boolean.getBoolean("cchc.benchmark.floor.only-ours");
    /** -Dcchc.benchmark.floor.database=postgres: each application's run on a throwaway database of the local PostgreSQL. */
    static final boolean POSTGRES = "postgres".equals(System.getProperty("cchc.benchmark.floor.database", "h2"));
    static final Map<String, String> COMMON = Map.of(
            "server.address", "127.0.0.1",
            "management.endpoint.health.probes.enabled", "true",
            "camunda.bpm.job-execution.wait-time-in-millis", "200",
            "camunda.bpm.job-execution.max-wait", "1000");
    static final String READY = "/actuator/health/readiness";
    static final List<String> KINDS = List.of("start", "find task", "approve", "history poll");

    /** What differs between the two applications: the jar, who calls, the process's names, the database. */
    record Subject(String name, File jar, String author, String board, String startPath, String taskKey,
                   Map<String, Object> startVariables, String databaseFile, String publishedQuery) {
    }

    static Subject ours() {
        String jar = System.getProperty("cchc.jar");
        return new Subject("ours", new File(jar != null ? jar : "target/cchc-editorial-0.1.0-SNAPSHOT.jar"),
                "vp.tacgia", "bbt.bientap", Items.START, "Task_ReviewArticle",
                startForm("Json"), "data/cchc-editorial",
                "select count(*) from publication where status = 'PUBLISHED'");
    }

    static Subject floor() {
        String jar = System.getProperty("cchc.floor.jar");
        return new Subject("floor", new File(jar != null ? jar : "benchmark/floor/target/cchc-floor-0.1.0-SNAPSHOT.jar"),
                null, null, "/engine-rest/process-definition/key/FloorProcess/submit-form", "Task_Review",
                // the floor has no Spin: the channels travel as a String, the rest as the product's start form
                startForm("String"), "data/floor", "select count(*) from publication");
    }

    /** The variables of the product's start form (Items.start), the channels typed as given. */
    static Map<String, Object> startForm(String channelsType) {
        return variables("title", "Tin đo so sánh", "String",
                "summary", "Sapo của tin.", "String",
                "content", "<p>Nội dung <b>tin</b>.</p>", "String",
                "topic", "T11", "String",
                "kind", "NEWS", "String",
                "channels", "[\"DEPARTMENT_PORTAL\"]", channelsType);
    }

    /** One application's figures of one run. */
    record Run(long startupMillis, long rssReadyKb, long rssAfterKb, double itemsPerSecond,
               Map<String, List<Long>> latencies, double pollsPerItem, double cpuMillisPerItem) {
    }

    @Test
    void oursAgainstTheFloor() throws Exception {
        Subject ours = ours();
        Subject floor = floor();
        assertThat(ours.jar()).as("the product's jar").exists();
        assertThat(floor.jar()).as("the floor's jar, built by the profile floor").exists();
        Path out = Path.of("target", "benchmark", "floor").toAbsolutePath();
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        String loadBefore = ClusterBenchmarkIT.loadAverage();
        List<String> loads = new ArrayList<>();
        for (int r = 1; r <= RUNS; r++) {
            for (Subject subject : ONLY_OURS ? List.of(ours) : List.of(ours, floor)) {
                Run run = run(subject, out.resolve(subject.name() + "-" + r));
                runs.computeIfAbsent(subject.name(), k -> new ArrayList<>()).add(run);
                loads.add(ClusterBenchmarkIT.loadAverage());
                System.out.printf("%s run %d: ready in %d ms, RSS %d MB / %d MB, %.1f items/s, %.2f polls/item, load %s%n",
                        subject.name(), r, run.startupMillis(), run.rssReadyKb() / 1024, run.rssAfterKb() / 1024,
                        run.itemsPerSecond(), run.pollsPerItem(), loads.get(loads.size() - 1));
                System.out.printf("%s run %d: %.0f ms CPU/item; p50 / p99 ms: %s%n", subject.name(), r, run.cpuMillisPerItem(),
                        KINDS.stream().map(k -> k + " " + ClusterBenchmarkIT.percentile(run.latencies().get(k).stream().sorted().toList(), 50)
                                + " / " + ClusterBenchmarkIT.percentile(run.latencies().get(k).stream().sorted().toList(), 99))
                                .collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        if (ONLY_OURS) {
            return;
        }
        String table = table(runs.get("ours"), runs.get("floor"), loadBefore, loads);
        Path result = Path.of("target", "benchmark", POSTGRES ? "floor-postgres.md" : "floor-h2.md");
        Files.createDirectories(result.getParent());
        Files.writeString(result, table);
        System.out.println(table);
    }

    /** Starts the subject on a fresh database, measures, stops it, and checks every item's publication on disk. */
    Run run(Subject subject, Path directory) throws Exception {
        // a fresh database: nothing of an earlier benchmark's run in this folder
        org.springframework.util.FileSystemUtils.deleteRecursively(directory);
        Files.createDirectories(directory);
        ThrowawayDatabase database = POSTGRES ? ThrowawayDatabase.create("floor_" + subject.name()) : null;
        try (database; Jvm app = Jvm.start(subject.jar(), directory, subject.name(), postgres(subject, database))) {
            long startup = app.startupMillis();
            long rssReady = app.rssKb();
            RestClient anyone = new RestClient(app.port(), null);
            if (subject.author() != null) {
                // the demo accounts are made at start-up; not part of the lifecycles
                RestClient admin = anyone.as("admin");
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                        .until(() -> admin.get("/engine-rest/user/" + subject.board() + "/profile").getStatusCode().value() == 200);
            }
            lifecycles(subject, anyone, WARM_UP, new ConcurrentHashMap<>());
            Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
            Instant began = Instant.now();
            long cpuBefore = app.cpuMillis();
            lifecycles(subject, anyone, ITEMS, latencies);
            double seconds = Duration.between(began, Instant.now()).toMillis() / 1000.0;
            long cpu = app.cpuMillis() - cpuBefore;
            long rssAfter = app.rssKb();
            app.stop();
            long published = database != null ? database.jdbc().queryForObject(subject.publishedQuery(), Long.class)
                    : count(directory.resolve(subject.databaseFile()), subject.publishedQuery());
            assertThat(published).as("%s: one publication per item", subject.name()).isEqualTo(WARM_UP + ITEMS);
            return new Run(startup, rssReady, rssAfter, ITEMS / seconds, latencies,
                    latencies.get("history poll").size() / (double) ITEMS, cpu / (double) ITEMS);
        }
    }

    /** The Spring properties that put the subject on the database (ours with its production profile postgres); none on H2. */
    static Map<String, String> postgres(Subject subject, ThrowawayDatabase database) {
        if (database == null) {
            return Map.of();
        }
        Map<String, String> properties = new LinkedHashMap<>();
        if (subject.author() != null) {
            properties.put("spring.profiles.active", "demo,postgres");
        }
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", ThrowawayDatabase.USER);
        properties.put("spring.datasource.password", ThrowawayDatabase.PASSWORD);
        // the same pool for both: the postgres profile's default
        properties.put("spring.datasource.hikari.maximum-pool-size", "20");
        return properties;
    }

    /** count items, CLIENTS at a time: start, find the review task, approve, poll history until the instance ended. */
    void lifecycles(Subject subject, RestClient anyone, int count, Map<String, List<Long>> latencies) throws Exception {
        RestClient author = subject.author() == null ? anyone : anyone.as(subject.author());
        RestClient board = subject.board() == null ? anyone : anyone.as(subject.board());
        for (String kind : KINDS) {
            latencies.putIfAbsent(kind, Collections.synchronizedList(new ArrayList<>()));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        Instant deadline = Instant.now().plus(PHASE_LIMIT);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count && Instant.now().isBefore(deadline); i = next.getAndIncrement()) {
                        ResponseEntity<String> started = timed(latencies, "start", () -> author.post(subject.startPath(), subject.startVariables()));
                        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
                        String instance = author.json(started).get("id").asText();
                        ResponseEntity<String> tasks = timed(latencies, "find task", () -> board.get(
                                "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + subject.taskKey()));
                        assertThat(board.json(tasks)).as(tasks.getBody()).hasSize(1);
                        String task = board.json(tasks).get(0).get("id").asText();
                        ResponseEntity<String> approved = timed(latencies, "approve", () -> board.post(
                                "/engine-rest/task/" + task + "/submit-form", variables("reviewDecision", "APPROVE", "String")));
                        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(204);
                        await().atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() -> {
                            ResponseEntity<String> history = timed(latencies, "history poll",
                                    () -> author.get("/engine-rest/history/process-instance/" + instance));
                            return "COMPLETED".equals(author.json(history).path("state").asText());
                        });
                        finished.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
            clients.awaitTermination(1, TimeUnit.MINUTES);
        }
        assertThat(finished.get()).as("%s: %d items within %s", subject.name(), count, PHASE_LIMIT).isEqualTo(count);
    }

    static <T> T timed(Map<String, List<Long>> latencies, String kind, Supplier<T> request) {
        long began = System.nanoTime();
        T answer = request.get();
        latencies.get(kind).add((System.nanoTime() - began) / 1_000_000);
        return answer;
    }

    static long count(Path databaseFile, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + databaseFile + ";AUTO_SERVER=FALSE", "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String table(List<Run> ours, List<Run> floor, String loadBefore, List<String> loads) throws IOException {
        StringBuilder t = new StringBuilder();
        t.append("Ours against the floor, ").append(LocalDate.now()).append(", commit ").append(commit())
                .append(", ").append(ClusterBenchmarkIT.machine()).append('\n')
                .append("%d runs alternating (ours, then the floor), each on a fresh %s; %d item lifecycles a run after %d unmeasured, %d clients; JVM %s. 1-minute load average before %s, after each application's run %s.%n%n"
                        .formatted(RUNS, POSTGRES ? "PostgreSQL database (" + ThrowawayDatabase.serverVersion() + ", same machine)" : "H2 file database", ITEMS, WARM_UP, CLIENTS, JVM, loadBefore, String.join(", ", loads)));
        t.append("| | ours | floor | ours / floor |\n|---|---|---|---|\n");
        row(t, "item lifecycles per second (median of the runs)", median(ours, Run::itemsPerSecond), median(floor, Run::itemsPerSecond), "%.2f");
        row(t, "CPU time of the application per item lifecycle, ms (median)", median(ours, Run::cpuMillisPerItem), median(floor, Run::cpuMillisPerItem), "%.0f");
        row(t, "history polls per item until the instance ended", median(ours, Run::pollsPerItem), median(floor, Run::pollsPerItem), "%.2f");
        for (String kind : KINDS) {
            List<Long> o = pooled(ours, kind);
            List<Long> f = pooled(floor, kind);
            for (int p : new int[] {50, 95, 99}) {
                row(t, "%s, p%d ms (%d / %d requests)".formatted(kind, p, o.size(), f.size()),
                        ClusterBenchmarkIT.percentile(o, p), ClusterBenchmarkIT.percentile(f, p), "%.0f");
            }
        }
        List<Long> allOurs = new ArrayList<>();
        List<Long> allFloor = new ArrayList<>();
        KINDS.forEach(k -> {
            allOurs.addAll(pooled(ours, k));
            allFloor.addAll(pooled(floor, k));
        });
        Collections.sort(allOurs);
        Collections.sort(allFloor);
        row(t, "every request, p99 ms", ClusterBenchmarkIT.percentile(allOurs, 99), ClusterBenchmarkIT.percentile(allFloor, 99), "%.0f");
        row(t, "start-up to ready health check, s (median)", median(ours, r -> r.startupMillis() / 1000.0), median(floor, r -> r.startupMillis() / 1000.0), "%.1f");
        row(t, "resident memory when ready, MB (median)", median(ours, r -> r.rssReadyKb() / 1024.0), median(floor, r -> r.rssReadyKb() / 1024.0), "%.0f");
        row(t, "resident memory after the lifecycles, MB (median)", median(ours, r -> r.rssAfterKb() / 1024.0), median(floor, r -> r.rssAfterKb() / 1024.0), "%.0f");
        t.append("\nEach run (ours | floor): start-up s, RSS ready / after MB, items/s, CPU per item\n\n");
        for (int i = 0; i < ours.size(); i++) {
            t.append("- run %d: %s | %s%n".formatted(i + 1, brief(ours.get(i)), brief(floor.get(i))));
        }
        t.append("""

                How to read it: a ratio over 1 means ours costs more (for items per second, under 1 means ours is slower).
                The two applications ran in turn on the same machine in the same run, so the ratios hold even when the
                load average (other work on the machine) moves the absolute times; compare ratios across runs, not times.
                The CPU time per item (the application's own user and system time over the measured lifecycles) depends
                least on the other work: on a busy machine the latencies include the wait for a core, the CPU time does not.
                """);
        return t.toString();
    }

    static String brief(Run r) {
        return "%.1f s, %d / %d MB, %.2f/s, %.0f ms CPU/item".formatted(r.startupMillis() / 1000.0, r.rssReadyKb() / 1024,
                r.rssAfterKb() / 1024, r.itemsPerSecond(), r.cpuMillisPerItem());
    }

    static void row(StringBuilder t, String what, double ours, double floor, String format) {
        t.append("| ").append(what).append(" | ").append(format.formatted(ours)).append(" | ").append(format.formatted(floor))
                .append(" | ").append("%.2f".formatted(ours / floor)).append(" |\n");
    }

    static List<Long> pooled(List<Run> runs, String kind) {
        return runs.stream().flatMap(r -> r.latencies().get(kind).stream()).sorted().toList();
    }

    static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> measure) {
        double[] values = runs.stream().mapToDouble(measure).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String head = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor() == 0 ? head : "?";
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    /** A jar started as its own JVM in its own folder, timed from the start to its ready health check. */
    static final class Jvm implements AutoCloseable {
        /** The kernel's clock ticks per second, the unit of /proc/PID/stat's times (getconf CLK_TCK). */
        static final long CLOCK_TICKS = clockTicks();

        private final Process process;
        private final int port;
        private final long startupMillis;

        private Jvm(Process process, int port, long startupMillis) {
            this.process = process;
            this.port = port;
            this.startupMillis = startupMillis;
        }

        static Jvm start(File jar, Path directory, String name, Map<String, String> properties) throws IOException {
            int port = vn.cchc.editorial.PackagedApp.freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(JVM);
            if (JFR) {
                command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + directory.resolve(name + ".jfr"));
            }
            command.addAll(List.of("-jar", jar.getAbsolutePath()));
            COMMON.forEach((key, value) -> command.add("--" + key + "=" + value));
            command.add("--server.port=" + port);
            properties.forEach((key, value) -> command.add("--" + key + "=" + value));
            Path log = directory.resolve(name + ".log");
            long began = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            RestClient anyone = new RestClient(port, null);
            await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(() -> {
                assertThat(process.isAlive()).as("%s died: see %s", name, log).isTrue();
                return anyone.get(READY).getStatusCode().value() == 200;
            });
            return new Jvm(process, port, (System.nanoTime() - began) / 1_000_000);
        }

        static long clockTicks() {
            try {
                Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
                String ticks = new String(getconf.getInputStream().readAllBytes()).strip();
                assertThat(getconf.waitFor()).as("getconf CLK_TCK: %s", ticks).isZero();
                return Long.parseLong(ticks);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("getconf CLK_TCK", e);
            }
        }

        int port() {
            return port;
        }

        long startupMillis() {
            return startupMillis;
        }

        /** User and system CPU time the JVM has used so far (/proc/PID/stat, utime + stime), in ms. */
        long cpuMillis() {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields from the state (3rd of proc(5)) on: utime is the 14th, stime the 15th
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                return ticks * 1000 / CLOCK_TICKS;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** VmRSS of /proc/PID/status, in kB. */
        long rssKb() {
            try {
                return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                        .filter(l -> l.startsWith("VmRSS:")).findFirst()
                        .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElseThrow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Stops the JVM gracefully (SIGTERM), so that the database file is closed. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                stop();
            }
        }
    }
}
