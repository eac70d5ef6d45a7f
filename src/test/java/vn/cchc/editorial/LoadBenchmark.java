package vn.cchc.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.RestClient.variables;

/**
 * The load benchmark (not part of ./mvnw verify): the packaged jar on localhost, {@code benchmark.authors}
 * authors and {@code benchmark.editors} editors working through the REST API until {@code benchmark.items}
 * items have lived their whole life (some sent back once and revised, some rejected, some also sent to the
 * provincial portal). It reports throughput and latency percentiles, and fails if any item is lost,
 * duplicated or stuck, or if any request got a 5xx. Run: {@code ./mvnw -B -Pload verify}.
 */
class LoadBenchmark {

    static final String[] UNITS = {"van-phong", "phong-ttbcxb", "phong-cds", "thanh-tra", "trung-tam-cns"};
    static final ZoneId PLAN_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    final int items = Integer.getInteger("benchmark.items", 2000);
    final int authors = Integer.getInteger("benchmark.authors", 20);
    final int editors = Integer.getInteger("benchmark.editors", 5);
    final Duration limit = Duration.ofMinutes(Long.getLong("benchmark.minutes", 30));

    final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger startRequests = new AtomicInteger();
    final AtomicInteger conflicts = new AtomicInteger();
    final AtomicInteger serverErrors = new AtomicInteger();
    final AtomicInteger unexpected = new AtomicInteger();
    final AtomicLong requests = new AtomicLong();
    final AtomicBoolean done = new AtomicBoolean();
    final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

    @TempDir
    Path data;

    @Test
    void itemLifecyclesUnderLoad() throws Exception {
        Path out = Path.of("target", "benchmark");
        PackagedApp app = new PackagedApp(data, out, "-Xmx1g");
        Map<String, Long> db;
        long elapsedNanos;
        Map<String, Long> engine = new LinkedHashMap<>();
        try (app) {
            app.start("application", Map.of());
            RestClient admin = app.client("admin");
            createUsers(admin);

            ExecutorService people = Executors.newFixedThreadPool(authors + editors);
            long t0 = System.nanoTime();
            long deadline = t0 + limit.toNanos();
            for (int a = 1; a <= authors; a++) {
                String user = "tg%02d".formatted(a);
                people.submit(() -> guarded(() -> author(app.client(user), user, deadline)));
            }
            for (int e = 1; e <= editors; e++) {
                String user = "bt%02d".formatted(e);
                people.submit(() -> guarded(() -> editor(app.client(user), deadline)));
            }
            while (!done.get() && System.nanoTime() < deadline) {
                Thread.sleep(2000);
                long running = admin.json(admin.get("/engine-rest/process-instance/count?processDefinitionKey=ArticlePublicationProcess")).get("count").asLong();
                System.out.printf("benchmark: %d started, %d running, %d conflicts, %d server errors%n",
                        started.get(), running, conflicts.get(), serverErrors.get());
                done.set(started.get() >= items && running == 0);
            }
            elapsedNanos = System.nanoTime() - t0;
            done.set(true);
            people.shutdown();
            people.awaitTermination(1, TimeUnit.MINUTES);

            engine.put("finished instances", count(admin, "/engine-rest/history/process-instance/count?processDefinitionKey=ArticlePublicationProcess&finished=true"));
            engine.put("running instances", count(admin, "/engine-rest/process-instance/count"));
            engine.put("jobs", count(admin, "/engine-rest/job/count"));
            engine.put("incidents", count(admin, "/engine-rest/incident/count"));
            engine.put("open tasks", count(admin, "/engine-rest/task/count"));
        }
        db = database(app.jdbcUrl());

        String report = report(elapsedNanos, engine, db);
        Files.writeString(out.resolve("result.md"), report);
        System.out.println(report);

        assertThat(problems).as("unexpected answers").isEmpty();
        assertThat(serverErrors.get()).as("5xx answers").isZero();
        assertThat(started.get()).isEqualTo(items);
        assertThat(engine.get("finished instances")).as("items whose life ended").isEqualTo(items);
        assertThat(engine.get("running instances") + engine.get("jobs") + engine.get("incidents")).as("stuck").isZero();
        assertThat(db.get("articles")).as("lost or extra items").isEqualTo(items);
        assertThat(db.get("duplicated articles") + db.get("duplicated publications")).as("duplicated").isZero();
        assertThat(db.get("approved without publication")).as("approved but never published").isZero();
        assertThat(db.get("rejected with publication")).isZero();
    }

    void author(RestClient client, String user, long deadline) {
        while (!done.get() && System.nanoTime() < deadline) {
            ResponseEntity<String> list = timed("list own revision tasks", () -> client.get(
                    "/engine-rest/task?taskDefinitionKey=Task_ReviseArticle&assignee=" + user + "&maxResults=10"));
            JsonNode revisions = client.json(list);
            for (JsonNode task : revisions) {
                String title = task.get("name").asText().replaceFirst("^[^:]*: ", "") + " (đã sửa)";
                ResponseEntity<String> revised = timed("submit revision", () -> client.post("/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                        variables("title", title, "String", "summary", "Sapo đã bổ sung.", "String",
                                "content", "<p>Nội dung đã sửa theo ý kiến Ban Biên tập.</p>", "String", "links", "", "String")));
                expect(revised, "submit revision");
            }
            int n = startRequests.getAndIncrement();
            if (n < items) {
                String channels = n % 10 == 3 ? "[\"DEPARTMENT_PORTAL\", \"PROVINCIAL_PORTAL\"]" : "[\"DEPARTMENT_PORTAL\"]";
                ResponseEntity<String> response = timed("start item", () -> client.post(Items.START,
                        variables("title", "Tin tải thử số " + n, "String",
                                "summary", "Sapo của tin tải thử.", "String",
                                "content", "<p>Nội dung tin tải thử số " + n + " về cải cách hành chính.</p>", "String",
                                "topic", "T%02d".formatted(n % 11 + 1), "String",
                                "kind", "NEWS", "String",
                                "channels", channels, "Json")));
                if (response.getStatusCode().value() == 200) {
                    started.incrementAndGet();
                } else {
                    expect(response, "start item");
                }
            } else if (revisions.isEmpty()) {
                pause();
            }
        }
    }

    void editor(RestClient client, long deadline) {
        String today = LocalDate.now(PLAN_ZONE).toString();
        while (!done.get() && System.nanoTime() < deadline) {
            JsonNode reviews = client.json(timed("list review tasks", () -> client.get(
                    "/engine-rest/task?taskDefinitionKey=Task_ReviewArticle&candidateGroup=ban-bien-tap&maxResults=10")));
            JsonNode decisions = reviews.isEmpty() ? client.json(timed("list provincial tasks", () -> client.get(
                    "/engine-rest/task?taskDefinitionKey=Task_RecordProvincialDecision&candidateGroup=ban-bien-tap&maxResults=10")))
                    : reviews;
            if (decisions.isEmpty()) {
                pause();
                continue;
            }
            JsonNode task = decisions.get(ThreadLocalRandom.current().nextInt(decisions.size()));
            String path = "/engine-rest/task/" + task.get("id").asText() + "/submit-form";
            if (task.get("taskDefinitionKey").asText().equals("Task_ReviewArticle")) {
                String name = task.get("name").asText();
                int number = Integer.parseInt(name.replaceAll("^.*số (\\d+).*$", "$1"));
                Map<String, Object> body = !name.contains("(đã sửa)") && number % 10 == 0
                        ? variables("reviewDecision", "REVISE", "String", "reviewComment", "Bổ sung số liệu.", "String")
                        : number % 20 == 7
                        ? variables("reviewDecision", "REJECT", "String", "reviewComment", "Không đúng chủ đề.", "String")
                        : variables("reviewDecision", "APPROVE", "String");
                expect(timed("submit review decision", () -> client.post(path, body)), "submit review decision");
            } else {
                expect(timed("submit provincial decision", () -> client.post(path, variables(
                        "provincialDecision", "APPROVED", "String",
                        "publishedUrl", "https://soctrang.gov.vn/tin/" + task.get("id").asText(), "String",
                        "publishedOn", today, "String"))), "submit provincial decision");
            }
        }
    }

    /**
     * 2xx goes on; 404 and 409 are the other editor having been first; any other 3xx or 4xx is counted
     * (a 5xx already was, by {@link #timed}, which every call goes through).
     */
    void expect(ResponseEntity<String> response, String operation) {
        int status = response.getStatusCode().value();
        if (status == 404 || status == 409) {
            conflicts.incrementAndGet();
        } else if (status >= 300 && status < 500) {
            unexpected.incrementAndGet();
            problems.add(operation + " " + status + " " + response.getBody());
        }
    }

    ResponseEntity<String> timed(String operation, Supplier<ResponseEntity<String>> call) {
        long start = System.nanoTime();
        ResponseEntity<String> response = call.get();
        latencies.computeIfAbsent(operation, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
        requests.incrementAndGet();
        if (response.getStatusCode().value() >= 500) {
            serverErrors.incrementAndGet();
            problems.add(operation + " " + response.getStatusCode().value() + " " + response.getBody());
        }
        return response;
    }

    void createUsers(RestClient admin) {
        for (int a = 1; a <= authors; a++) {
            createUser(admin, "tg%02d".formatted(a), UNITS[(a - 1) % UNITS.length]);
        }
        for (int e = 1; e <= editors; e++) {
            createUser(admin, "bt%02d".formatted(e), "ban-bien-tap");
        }
    }

    static void createUser(RestClient admin, String id, String group) {
        ResponseEntity<String> created = admin.post("/engine-rest/user/create", Map.of(
                "profile", Map.of("id", id, "firstName", "Người dùng", "lastName", id, "email", id + "@demo.cchc.local"),
                "credentials", Map.of("password", "demo")));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(204);
        ResponseEntity<String> member = admin.exchange(HttpMethod.PUT, "/engine-rest/group/" + group + "/members/" + id, null);
        assertThat(member.getStatusCode().value()).as(member.getBody()).isEqualTo(204);
    }

    static long count(RestClient admin, String path) {
        return admin.json(admin.get(path)).get("count").asLong();
    }

    static Map<String, Long> database(String url) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            counts.put("articles", one(db, "select count(*) from article"));
            counts.put("approved", one(db, "select count(*) from article where status = 'APPROVED'"));
            counts.put("rejected", one(db, "select count(*) from article where status = 'REJECTED'"));
            counts.put("revisions", one(db, "select count(*) from article_revision"));
            counts.put("reviews", one(db, "select count(*) from article_review"));
            counts.put("publications", one(db, "select count(*) from publication"));
            counts.put("duplicated articles", one(db, "select count(*) from (select process_instance_id from article group by process_instance_id having count(*) > 1)"));
            counts.put("duplicated publications", one(db, "select count(*) from (select article_id, channel from publication group by article_id, channel having count(*) > 1)"));
            counts.put("approved without publication", one(db, "select count(*) from article a where a.status = 'APPROVED' and not exists "
                    + "(select 1 from publication p where p.article_id = a.id and p.channel = 'DEPARTMENT_PORTAL' and p.status = 'PUBLISHED')"));
            counts.put("rejected with publication", one(db, "select count(*) from article a join publication p on p.article_id = a.id where a.status = 'REJECTED'"));
        }
        return counts;
    }

    static long one(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String report(long elapsedNanos, Map<String, Long> engine, Map<String, Long> db) {
        double seconds = elapsedNanos / 1e9;
        StringBuilder r = new StringBuilder();
        r.append("## Load benchmark result\n\n");
        r.append("%d authors, %d editors, %d items, %s cores, JVM max heap of the application 1 GiB, H2 file database%n%n"
                .formatted(authors, editors, items, Runtime.getRuntime().availableProcessors()));
        r.append("| measure | value |\n|---|---|\n");
        r.append("| wall time | %.1f s |%n".formatted(seconds));
        r.append("| item lifecycles per second | %.1f |%n".formatted(items / seconds));
        r.append("| REST requests | %d (%.1f per second) |%n".formatted(requests.get(), requests.get() / seconds));
        r.append("| answered 404/409 (someone else was first) | %d |%n".formatted(conflicts.get()));
        r.append("| 5xx answers | %d |%n".formatted(serverErrors.get()));
        r.append("| other unexpected answers | %d |%n".formatted(unexpected.get()));
        engine.forEach((k, v) -> r.append("| engine: %s | %d |%n".formatted(k, v)));
        db.forEach((k, v) -> r.append("| database: %s | %d |%n".formatted(k, v)));
        r.append("\n| operation | requests | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        List<Long> all = new ArrayList<>();
        latencies.forEach((operation, samples) -> {
            List<Long> sorted = samples.stream().sorted().toList();
            all.addAll(sorted);
            r.append(row(operation, sorted));
        });
        r.append(row("all requests", all.stream().sorted().toList()));
        return r.toString();
    }

    static String row(String operation, List<Long> sorted) {
        return "| %s | %d | %.0f | %.0f | %.0f | %.0f |%n".formatted(operation, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
    }

    static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    void guarded(Runnable body) {
        try {
            body.run();
        } catch (RuntimeException e) {
            problems.add(e.toString());
        }
    }

    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
