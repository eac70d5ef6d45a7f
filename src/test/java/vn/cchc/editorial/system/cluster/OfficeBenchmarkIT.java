package vn.cchc.editorial.system.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.PackagedApp;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.report.ReportPeriod;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * The Office's side on a province-sized data set: {@link ProvincePlan}'s plan files (150 authoring units, five
 * years up to the benchmark's today), about 100,000 items with their history filled in bulk by
 * {@link ProvinceHistory} as copies of template items the application ran for real, the units' monthly
 * reports, some items in progress and the Office's hand credits for some missed periods (through the API).
 * Then, through HTTP as the Office's monitor: the dashboard API of the current and of the last year
 * (p50/p95/max over many requests), a period's items, and the quarterly report: its .xlsx as the API counts
 * and writes it, and its .docx as the periodic report process drafts it when started through the REST API.
 * <p>
 * {@code ./mvnw verify -Pbenchmark -Dit.test=OfficeBenchmarkIT}; smaller: {@code -Dcchc.benchmark.office.items=5000
 * -Dcchc.benchmark.office.units=30}; also {@code .years}, {@code .requests}, {@code .reports}, and {@code .jfr=true}
 * for a flight recording of the application (target/benchmark/office.jfr). Figures to stdout and
 * target/benchmark/office-results.md; docs/performance.md keeps the ones measured.
 * <p>
 * {@code -Dcchc.benchmark.office.database=NAME} keeps the filled database NAME instead of dropping it; a later
 * run with the same NAME (and the same .units, .years and .items) skips the fill and measures again on it,
 * after removing the report processes an earlier run started.
 */
class OfficeBenchmarkIT {

    static final int UNITS = Integer.getInteger("cchc.benchmark.office.units", 150);
    static final int YEARS = Integer.getInteger("cchc.benchmark.office.years", 5);
    static final int ITEMS = Integer.getInteger("cchc.benchmark.office.items", 100_000);
    static final int REQUESTS = Integer.getInteger("cchc.benchmark.office.requests", 200);
    static final int REPORTS = Integer.getInteger("cchc.benchmark.office.reports", 5);
    static final boolean JFR = Boolean.getBoolean("cchc.benchmark.office.jfr");
    /** A database kept between runs, or none: a throwaway one. */
    static final String KEPT = System.getProperty("cchc.benchmark.office.database", "");
    /** The table whose row says that a kept database was filled to the end, and for what size. */
    static final String FILLED = "office_benchmark_filled";
    /** The benchmark's today, on the application's clock: late in the last plan year, so its dashboard is a busy one. */
    static final OffsetDateTime TODAY = OffsetDateTime.parse("2026-11-16T09:00:00+07:00");
    static final String OFFICE = "vp.theodoi";
    static final int WARM_UP = 20;
    static final Path OUT = Path.of("target", "benchmark");

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final List<String> rows = new ArrayList<>();
    PackagedApp app;

    record Timed(String what, int count, long p50, long p95, long max, long bytes) {
        String row() {
            return "| %s | %d | %d | %d | %d | %,d |".formatted(what, count, p50, p95, max, bytes);
        }
    }

    @Test
    void dashboardApiAndQuarterlyReportOnAProvinceSizedPlan() throws Exception {
        ProvincePlan plan = new ProvincePlan(UNITS, TODAY.getYear() - YEARS + 1, YEARS);
        Path plans = OUT.resolve("office-plans").toAbsolutePath();
        plan.write(plans);
        Files.createDirectories(OUT);
        try (ThrowawayDatabase database = KEPT.isBlank() ? ThrowawayDatabase.create("office") : ThrowawayDatabase.kept(KEPT)) {
            note("machine: " + ClusterBenchmarkIT.machine() + ", PostgreSQL "
                    + database.jdbc().queryForObject("show server_version", String.class) + "; commit " + commit() + "; run " + Instant.now());
            Map<String, String> properties = new LinkedHashMap<>(ClusterIT.JOB_EXECUTOR);
            properties.put("cchc.plan.directory", plans.toString());
            properties.put("cchc.plan.shipped", "false");
            properties.put("cchc.clock.start", TODAY.toString());
            List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
            if (JFR) {
                jvm.add("-XX:StartFlightRecording=filename=" + OUT.resolve("office.jfr").toAbsolutePath() + ",settings=profile,dumponexit=true");
            }
            app = database.startNode("office", properties, jvm.toArray(String[]::new));
            try {
                if (filledBefore(database)) {
                    note("reused the database %s filled by an earlier run: %s".formatted(database.name(), counts(database)));
                } else {
                    fill(database, plan);
                }

                String loadBefore = ClusterBenchmarkIT.loadAverage();
                List<Timed> timed = new ArrayList<>();
                int year = TODAY.getYear();
                timed.add(repeat("dashboard API, year " + year + " (GET /api/dashboard?year=" + year + ")", "/api/dashboard?year=" + year, REQUESTS));
                timed.add(repeat("dashboard API, year " + (year - 1), "/api/dashboard?year=" + (year - 1), REQUESTS));
                timed.add(periodItems(year));
                List<ReportPeriod> quarters = lastQuarterReports(REPORTS);
                String quarter = quarters.get(0).code();
                timed.add(repeat("quarterly report " + quarter + " as .xlsx (GET figures.xlsx)",
                        "/api/reports/periodic/" + quarter + "/figures.xlsx", REPORTS));
                timed.addAll(drafts(database, plan, quarters));
                String loadAfter = ClusterBenchmarkIT.loadAverage();

                note("load average before the measurements " + loadBefore + ", after " + loadAfter);
                note("");
                note("| what | requests | p50 ms | p95 ms | max ms | bytes |");
                note("|---|---|---|---|---|---|");
                timed.forEach(t -> note(t.row()));
            } finally {
                app.close();
            }
        }
        Files.writeString(OUT.resolve("office-results.md"), String.join("\n", rows) + "\n");
    }

    /** Whether a kept database was filled to the end for this size by an earlier run; refuses one filled for another. */
    boolean filledBefore(ThrowawayDatabase database) {
        if (!database.existed()) {
            return false;
        }
        List<String> size = database.jdbc().queryForList("select size from " + FILLED, String.class);
        assertThat(size).as("database %s was not filled to the end by an earlier run: drop it or name another", database.name())
                .hasSize(1);
        assertThat(size.get(0)).as("database %s was filled for another size", database.name()).isEqualTo(size());
        return true;
    }

    static String size() {
        return "units=%d years=%d items=%d".formatted(UNITS, YEARS, ITEMS);
    }

    void fill(ThrowawayDatabase database, ProvincePlan plan) throws Exception {
        Instant filling = Instant.now();
        String loadBeforeFill = ClusterBenchmarkIT.loadAverage();
        Map<Long, Integer> templates = templates(database, plan);
        new ProvinceHistory(database.url(), ThrowawayDatabase.USER, ThrowawayDatabase.PASSWORD, plan,
                TODAY.toLocalDate().minusDays(1)).fill(templates, ITEMS, this::note);
        int inProgress = inProgress(plan);
        int credits = credits(database, plan);
        note("filled in %.0f s (load average %s before): %s; %d items in progress, %d hand credits through the API"
                .formatted(Duration.between(filling, Instant.now()).toMillis() / 1000.0, loadBeforeFill,
                        counts(database), inProgress, credits));
        if (!KEPT.isBlank()) {
            database.jdbc().execute("create table " + FILLED + " (size varchar(100) not null)");
            database.jdbc().update("insert into " + FILLED + " (size) values (?)", size());
        }
    }

    /**
     * The template items, run for real by a unit's author and the Board, with their weight in 20 copies:
     * approved for the department portal (14); also posted by the provincial CCHC page (2) and by the
     * provincial portal (1); sent back once, revised, approved (2); rejected (1).
     */
    Map<Long, Integer> templates(ThrowawayDatabase database, ProvincePlan plan) {
        String author = plan.unitCodes().get(0) + ".tacgia";
        RestClient writer = app.client(author);
        RestClient board = app.client("bbt.bientap");
        Map<String, Integer> weights = new LinkedHashMap<>();
        List<String> handOffs = new ArrayList<>();

        String approved = Items.start(writer, "Mẫu tin được duyệt", "[\"DEPARTMENT_PORTAL\"]");
        Items.approve(board, approved);
        weights.put(approved, 14);
        for (String channel : ProvincePlan.HAND_OFF) {
            String item = Items.start(writer, "Mẫu tin gửi " + channel, "[\"DEPARTMENT_PORTAL\", \"" + channel + "\"]");
            Items.approve(board, item);
            handOffs.add(item);
            weights.put(item, channel.equals(ProvincePlan.HAND_OFF.get(0)) ? 2 : 1);
        }
        String revised = Items.start(writer, "Mẫu tin được sửa", "[\"DEPARTMENT_PORTAL\"]");
        expect204(Items.decide(board, Items.taskOf(board, revised, "Task_ReviewArticle"), "REVISE", "Bổ sung số liệu của quý."));
        String revision = await().atMost(Duration.ofMinutes(1)).until(() -> Items.taskOf(writer, revised, "Task_ReviseArticle"), t -> t != null);
        expect204(writer.post("/engine-rest/task/" + revision + "/submit-form", variables("title", "Mẫu tin được sửa", "String",
                "summary", "Sapo đã bổ sung.", "String", "content", "<p>Nội dung đã sửa theo ý kiến Ban Biên tập.</p>", "String",
                "links", "", "String")));
        Items.approve(board, revised);
        weights.put(revised, 2);
        String rejected = Items.start(writer, "Mẫu tin bị từ chối", "[\"DEPARTMENT_PORTAL\"]");
        expect204(Items.decide(board, Items.taskOf(board, rejected, "Task_ReviewArticle"), "REJECT", "Không đúng chủ đề của kế hoạch."));
        weights.put(rejected, 1);

        for (String item : handOffs) {
            String decision = await().atMost(Duration.ofMinutes(2)).until(() -> Items.taskOf(board, item, "Task_RecordProvincialDecision"), t -> t != null);
            long articleId = database.jdbc().queryForObject("select id from article where process_instance_id = ?", Long.class, item);
            expect204(board.post("/engine-rest/task/" + decision + "/submit-form", variables("provincialDecision", "APPROVED", "String",
                    "publishedUrl", "https://cchc.tinh.example/tin/" + articleId, "String",
                    "publishedOn", TODAY.toLocalDate().toString(), "String")));
        }
        RestClient admin = app.client("admin");
        await().atMost(Duration.ofMinutes(2)).until(() -> weights.keySet().stream().allMatch(id -> admin.json(admin.get(
                "/engine-rest/history/process-instance/" + id)).path("state").asText().equals("COMPLETED")));
        Map<Long, Integer> byArticle = new LinkedHashMap<>();
        weights.forEach((instance, weight) -> byArticle.put(database.jdbc().queryForObject(
                "select id from article where process_instance_id = ?", Long.class, instance), weight));
        return byArticle;
    }

    /** Items being written now: one per five units, with the Board; every third of them sent back to its author. */
    int inProgress(ProvincePlan plan) {
        RestClient board = app.client("bbt.bientap");
        List<String> units = plan.unitCodes();
        int count = Math.max(1, units.size() / 5);
        for (int i = 0; i < count; i++) {
            String unit = units.get(i * 5 % units.size());
            String item = Items.start(app.client(unit + ".tacgia"), "Tin đang viết số " + i + " của " + ProvincePlan.unitName(unit),
                    i % 7 == 0 ? "[\"DEPARTMENT_PORTAL\", \"PROVINCIAL_PORTAL\"]" : "[\"DEPARTMENT_PORTAL\"]");
            if (i % 3 == 0) {
                expect204(Items.decide(board, Items.taskOf(board, item, "Task_ReviewArticle"), "REVISE", "Đề nghị bổ sung hình ảnh."));
            }
        }
        return count;
    }

    /**
     * The Office credits by hand one in three missed periods of every year, through the API: an item of the lead
     * unit published on the period's channel in the days after the deadline, which the period does not count.
     */
    int credits(ThrowawayDatabase database, ProvincePlan plan) throws IOException, InterruptedException {
        int credited = 0;
        int missed = 0;
        for (int year = plan.firstYear(); year <= plan.lastYear(); year++) {
            JsonNode dashboard = json.readTree(get("/api/dashboard?year=" + year).body());
            List<JsonNode[]> cells = new ArrayList<>();
            dashboard.path("monthly").forEach(m -> m.path("units").forEach(u -> u.path("months").forEach(c -> cells.add(new JsonNode[]{m, c}))));
            dashboard.path("quarterly").forEach(q -> q.path("quarters").forEach(c -> cells.add(new JsonNode[]{q, c})));
            for (JsonNode[] rc : cells) {
                JsonNode cell = rc[1];
                if (cell.isNull() || !cell.path("state").asText().equals("MISSED") || missed++ % 3 != 0) {
                    continue;
                }
                String periodId = cell.path("periodId").asText();
                LocalDate end = periodEnd(periodId);
                List<Long> candidates = database.jdbc().queryForList("""
                        select a.id from publication p join article a on a.id = p.article_id
                        where a.unit_code = ? and p.channel = ? and p.status = 'PUBLISHED' and p.published_on between ? and ?
                          and not exists (select 1 from quota_credit c where c.article_id = a.id and c.channel = p.channel)
                        order by p.published_on limit 1""", Long.class, cell.path("leadUnit").asText(), rc[0].path("channel").asText(),
                        end.minusDays(5), end.plusDays(40));
                if (candidates.isEmpty()) {
                    continue;
                }
                ResponseEntity<String> answer = app.client(OFFICE).post("/api/quota-credits", Map.of("periodId", periodId,
                        "articleId", candidates.get(0), "reason", "Tin đăng sau hạn vài ngày, Văn phòng đồng ý tính cho kỳ."));
                if (answer.getStatusCode().value() == 201) {
                    credited++;
                }
            }
        }
        return credited;
    }

    static LocalDate periodEnd(String periodId) {
        String key = periodId.substring(periodId.indexOf(':') + 1);
        YearMonth month = key.contains("Q")
                ? YearMonth.of(Integer.parseInt(key.substring(0, 4)), Integer.parseInt(key.substring(6)) * 3)
                : YearMonth.parse(key);
        return month.atEndOfMonth();
    }

    Timed repeat(String what, String path, int count) throws IOException, InterruptedException {
        Timed timed = repeatUnprinted(what, path, count);
        System.out.println(timed.row());
        return timed;
    }

    Timed repeatUnprinted(String what, String path, int count) throws IOException, InterruptedException {
        for (int i = 0; i < Math.min(WARM_UP, count); i++) {
            get(path);
        }
        List<Long> millis = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            long began = System.nanoTime();
            HttpResponse<byte[]> answer = get(path);
            millis.add((System.nanoTime() - began) / 1_000_000);
            bytes = answer.body().length;
        }
        return timed(what, millis, bytes);
    }

    /** A period's items (the page behind a matrix cell): every period of the current year in turn. */
    Timed periodItems(int year) throws IOException, InterruptedException {
        JsonNode dashboard = json.readTree(get("/api/dashboard?year=" + year).body());
        List<String> periods = new ArrayList<>();
        dashboard.path("monthly").forEach(m -> m.path("units").forEach(u -> u.path("months").forEach(c -> {
            if (!c.isNull()) {
                periods.add(c.path("periodId").asText());
            }
        })));
        dashboard.path("quarterly").forEach(q -> q.path("quarters").forEach(c -> periods.add(c.path("periodId").asText())));
        List<Long> millis = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < Math.min(REQUESTS, 5 * periods.size()); i++) {
            long began = System.nanoTime();
            HttpResponse<byte[]> answer = get("/api/dashboard/periods/" + periods.get(i % periods.size()));
            millis.add((System.nanoTime() - began) / 1_000_000);
            bytes = Math.max(bytes, answer.body().length);
        }
        return timed("a period's items (GET /api/dashboard/periods/{id}), every period of " + year, millis, bytes);
    }

    /** The latest quarterly reports (Q1 and Q3; H1 and Y stand for Q2 and Q4) whose draft was due by today. */
    static List<ReportPeriod> lastQuarterReports(int count) {
        List<ReportPeriod> found = new ArrayList<>();
        for (int year = TODAY.getYear(); found.size() < count; year--) {
            for (String quarter : List.of("Q3", "Q1")) {
                ReportPeriod period = ReportPeriod.parse(year + "-" + quarter);
                if (draftAt(period).isBefore(TODAY) && found.size() < count) {
                    found.add(period);
                }
            }
        }
        return found;
    }

    /** The plan's default: the draft is made at 00:00 of the 15th of the quarter's last month. */
    static OffsetDateTime draftAt(ReportPeriod period) {
        return period.lastMonth().atDay(15).atStartOfDay().atOffset(TODAY.getOffset());
    }

    /**
     * Each report's process started through the REST API as the year's plan starts it (its draft time past, so
     * the draft is made at once), timed from the start request until its .docx is served; and the draft step
     * alone, as the engine's history recorded it.
     */
    List<Timed> drafts(ThrowawayDatabase database, ProvincePlan plan, List<ReportPeriod> reports) throws Exception {
        DateTimeFormatter camunda = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        RestClient admin = app.client("admin");
        List<Long> endToEnd = new ArrayList<>();
        List<Long> step = new ArrayList<>();
        long bytes = 0;
        for (ReportPeriod report : reports) {
            removeEarlierReport(admin, report);
            Map<String, Object> body = new LinkedHashMap<>(variables(
                    "period", report.code(), "String", "periodLabel", report.label(), "String",
                    "office", ProvincePlan.OFFICE, "String", "directors", ProvincePlan.DIRECTORS, "String",
                    "draftAt", draftAt(report).format(camunda), "Date",
                    "dueAt", report.lastMonth().atDay(20).atTime(23, 59, 59).atOffset(TODAY.getOffset()).format(camunda), "Date",
                    // the escalation's time is not measured: a day after the due date keeps its timer out of the way
                    "escalateAt", report.lastMonth().atDay(21).atTime(23, 59, 59).atOffset(TODAY.getOffset()).format(camunda), "Date"));
            body.put("businessKey", report.code());
            long began = System.nanoTime();
            ResponseEntity<String> started = admin.post("/engine-rest/process-definition/key/PeriodicReportProcess/start", body);
            assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
            String instance = admin.json(started).get("id").asText();
            HttpResponse<byte[]> docx = await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> get("/api/reports/periodic/" + report.code() + "/draft.docx", false), r -> r.statusCode() == 200);
            endToEnd.add((System.nanoTime() - began) / 1_000_000);
            assertThat(new String(docx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
            bytes = docx.body().length;
            step.add(database.jdbc().queryForObject("""
                    select duration_ from act_hi_actinst where root_proc_inst_id_ = ? and act_id_ = 'Task_DraftReport'""", Long.class, instance));
        }
        String codes = String.join(", ", reports.stream().map(ReportPeriod::code).toList());
        return List.of(timed("quarterly report as .docx: REST start of its process to the draft served (" + codes + ")", endToEnd, bytes),
                timed("… of which the draft step (count + fill the template), engine history", step, bytes));
    }

    /** On a kept database: the report's process instances and their history from an earlier run, so its draft is made anew. */
    static void removeEarlierReport(RestClient admin, ReportPeriod report) {
        JsonNode earlier = admin.json(admin.get("/engine-rest/history/process-instance?processDefinitionKey=PeriodicReportProcess"
                + "&processInstanceBusinessKey=" + report.code()));
        for (JsonNode instance : earlier) {
            String id = instance.path("id").asText();
            if (instance.path("state").asText().equals("ACTIVE")) {
                assertThat(admin.exchange(HttpMethod.DELETE, "/engine-rest/process-instance/" + id + "?skipCustomListeners=true", null).getStatusCode().value())
                        .isEqualTo(204);
            }
            assertThat(admin.exchange(HttpMethod.DELETE, "/engine-rest/history/process-instance/" + id, null).getStatusCode().value()).isEqualTo(204);
        }
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return get(path, true);
    }

    HttpResponse<byte[]> get(String path, boolean mustAnswer200) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((OFFICE + ":demo").getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(2)).GET().build();
        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (mustAnswer200) {
            assertThat(answer.statusCode()).as(() -> path + ": " + new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        }
        return answer;
    }

    static Timed timed(String what, List<Long> millis, long bytes) {
        List<Long> sorted = millis.stream().sorted().toList();
        return new Timed(what, sorted.size(), ClusterBenchmarkIT.percentile(sorted, 50), ClusterBenchmarkIT.percentile(sorted, 95),
                sorted.get(sorted.size() - 1), bytes);
    }

    String counts(ThrowawayDatabase database) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("items", "select count(*) from article");
        queries.put("revisions", "select count(*) from article_revision");
        queries.put("reviews", "select count(*) from article_review");
        queries.put("publications", "select count(*) from publication");
        queries.put("monthly reports", "select count(*) from monthly_report");
        queries.put("historic process instances", "select count(*) from act_hi_procinst");
        queries.put("historic activity instances", "select count(*) from act_hi_actinst");
        queries.put("historic variables", "select count(*) from act_hi_varinst");
        queries.put("historic variable updates", "select count(*) from act_hi_detail");
        List<String> parts = new ArrayList<>();
        queries.forEach((name, sql) -> parts.add("%,d %s".formatted(database.jdbc().queryForObject(sql, Long.class), name)));
        parts.add("database " + database.jdbc().queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class));
        return String.join(", ", parts);
    }

    static void expect204(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(204);
    }

    void note(String line) {
        rows.add(line);
        System.out.println(line);
    }

    static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? out : "?";
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

}
