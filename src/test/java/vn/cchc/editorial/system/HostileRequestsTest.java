package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.WebappSession;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every request of the hostile corpus (src/test/resources/hostile/*.json: malformed bodies, wrong
 * types, unknown codes, scripts, SQL fragments, path traversal, other people's tasks) is answered with the
 * 4xx it names and a message, never a 500, and leaves the item tables and the engine's runtime tables as
 * they were.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] TABLES = {"article", "article_revision", "article_review", "publication", "quota_credit",
            "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_RU_INCIDENT"};
    /** What no answer may carry: a stack frame, a library's or the JDK's class names, SQL. */
    static final Pattern INTERNALS = Pattern.compile("(?i)\\tat |\\bat (?:java|org|com|vn)\\.|com\\.fasterxml|org\\.hibernate"
            + "|org\\.springframework|org\\.camunda\\.bpm\\.engine\\.impl|java\\.lang\\.|java\\.util\\.|insert into |select .* from ");
    static final Pattern REPEAT = Pattern.compile("\\{\\{repeat:(.):(\\d+)}}");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final Map<String, String> tasks = new LinkedHashMap<>();
    final Map<String, WebappSession> sessions = new LinkedHashMap<>();

    /** One item of vp.tacgia waiting at each task the corpus aims at. */
    @BeforeAll
    void itemsWaitingAtEveryTask() {
        RestClient author = new RestClient(port, "vp.tacgia");
        RestClient board = author.as("bbt.bientap");
        String inReview = Items.start(author, "Tin chờ duyệt", "[\"DEPARTMENT_PORTAL\"]");
        tasks.put("review", Items.taskOf(board, inReview, "Task_ReviewArticle"));
        tasks.put("reviewInstance", inReview);
        tasks.put("reviewArticle", jdbc.queryForObject("select LONG_ from ACT_RU_VARIABLE where NAME_ = 'articleId' and PROC_INST_ID_ = ?",
                Long.class, inReview).toString());
        tasks.put("reviewDefinition", jdbc.queryForObject("select PROC_DEF_ID_ from ACT_RU_EXECUTION where ID_ = ?", String.class, inReview));
        List<String> jobs = jdbc.queryForList("select ID_ from ACT_RU_JOB where PROCESS_INSTANCE_ID_ = ? order by ID_", String.class, inReview);
        tasks.put("reviewJob", jobs.isEmpty() ? "no-job" : jobs.get(0));

        String sentBack = Items.start(author, "Tin bị trả lại", "[\"DEPARTMENT_PORTAL\"]");
        String doneReview = Items.taskOf(board, sentBack, "Task_ReviewArticle");
        Items.decide(board, doneReview, "REVISE", "Bổ sung số liệu.");
        tasks.put("doneReview", doneReview);
        tasks.put("revise", Items.taskOf(author, sentBack, "Task_ReviseArticle"));
        tasks.put("reviseInstance", sentBack);

        String handedOff = Items.start(author, "Tin gửi cổng tỉnh", "[\"PROVINCIAL_PORTAL\"]");
        Items.approve(board, handedOff);
        await().atMost(Duration.ofSeconds(60)).until(() -> Items.taskOf(board, handedOff, "Task_RecordProvincialDecision") != null);
        tasks.put("provincial", Items.taskOf(board, handedOff, "Task_RecordProvincialDecision"));

        // half past midnight tomorrow in the plan's zone, which is still today in UTC
        ZonedDateTime tomorrowEarly = LocalDate.now(clock).plusDays(1).atTime(0, 30).atZone(clock.getZone());
        tasks.put("tomorrow", tomorrowEarly.toLocalDate().toString());
        tasks.put("tomorrowEarlyUtc", tomorrowEarly.toInstant().toString());
        tasks.put("tomorrowEarlyWithOffset", tomorrowEarly.toOffsetDateTime().toString());
        tasks.put("tomorrowEarlyAsCamundaDate", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
                .format(tomorrowEarly.withZoneSameInstant(ZoneOffset.UTC)));
    }

    /** Every file of src/test/resources/hostile/ is a JSON array of cases; each file holds one family of doors. */
    static Stream<JsonNode> corpus() throws Exception {
        List<JsonNode> all = new ArrayList<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:hostile/*.json")) {
            try (InputStream in = file.getInputStream()) {
                JSON.readTree(in).forEach(all::add);
            }
        }
        assertThat(all.size()).isGreaterThanOrEqualTo(60);
        return all.stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("corpus")
    void isRefusedWithAMessageAndChangesNothing(JsonNode request) throws Exception {
        Map<String, String> before = snapshot();

        HttpResponse<String> response = send(request);

        assertRefused(request, response, before);
    }

    /** A 4xx, the one the case names if it names one, with a message, and every table as it was. */
    void assertRefused(JsonNode request, HttpResponse<String> response, Map<String, String> before) {
        assertThat(response.statusCode()).as("%s -> %s", request.get("name").asText(), abbreviate(response.body()))
                .isBetween(400, 499);
        if (request.has("expect")) {
            // the status names the refusal meant, so a case cannot pass by hitting an earlier, unrelated one
            assertThat(StreamSupport.stream(request.get("expect").spliterator(), false).map(JsonNode::asInt).toList())
                    .as("%s -> %s", request.get("name").asText(), abbreviate(response.body()))
                    .contains(response.statusCode());
        }
        assertThat(message(response)).as("message of %s: %s %s", request.get("name").asText(), response.statusCode(),
                abbreviate(response.body())).isNotBlank();
        assertThat(response.body()).as("internals in the answer to %s", request.get("name").asText())
                .doesNotContainPattern(INTERNALS);
        assertThat(snapshot()).as("rows after %s", request.get("name").asText()).isEqualTo(before);
    }

    /**
     * Tasklist sends what a person submits to the webapps' own copy of the REST API, in the person's login
     * session: the corpus's requests of a logged-in user to /engine-rest are sent there too, and get the
     * same refusals.
     */
    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("corpusOfTheRestApiWithAUser")
    void isRefusedTheSameThroughTasklistsApi(JsonNode request) throws Exception {
        Map<String, String> before = snapshot();
        String path = "/camunda/api/engine/engine/default" + request.get("path").asText().substring("/engine-rest".length());
        WebappSession session = sessions.computeIfAbsent(request.get("user").asText(), user -> WebappSession.logIn(port, user, "demo"));

        HttpResponse<String> response = session.send(withBody(request, HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + placeholders(path))).timeout(Duration.ofSeconds(60))));

        assertRefused(request, response, before);
    }

    static Stream<JsonNode> corpusOfTheRestApiWithAUser() throws Exception {
        return corpus().filter(request -> request.hasNonNull("user") && !request.has("password")
                && request.get("path").asText().startsWith("/engine-rest/"));
    }

    HttpResponse<String> send(JsonNode request) throws Exception {
        String path = placeholders(request.get("path").asText());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60));
        if (request.hasNonNull("user")) {
            String password = request.hasNonNull("password") ? request.get("password").asText() : "demo";
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (request.get("user").asText() + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(withBody(request, builder).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The case's content type, other headers, method and body. */
    HttpRequest.Builder withBody(JsonNode request, HttpRequest.Builder builder) throws Exception {
        if (request.hasNonNull("contentType")) {
            builder.header("Content-Type", request.get("contentType").asText());
        } else if (request.has("json")) {
            builder.header("Content-Type", "application/json");
        }
        if (request.has("headers")) {
            request.get("headers").fields().forEachRemaining(h -> builder.header(h.getKey(), placeholders(h.getValue().asText())));
        }
        String body = request.has("json") ? JSON.writeValueAsString(request.get("json"))
                : request.hasNonNull("body") ? request.get("body").asText() : null;
        if (body == null) {
            builder.method(request.get("method").asText(), HttpRequest.BodyPublishers.noBody());
        } else {
            byte[] bytes = placeholders(body).getBytes(StandardCharsets.UTF_8);
            builder.method(request.get("method").asText(), request.path("chunked").asBoolean()
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                    : HttpRequest.BodyPublishers.ofByteArray(bytes));
        }
        return builder;
    }

    /**
     * {review}, {revise}, {provincial}: the fixture's task ids; {reviewInstance}, {reviseInstance}: their
     * process instances; {reviewArticle}: the id of the item in review; {reviewDefinition}: its process
     * definition's id; {reviewJob}: a job (timer) of that instance; {tomorrow}: tomorrow in the plan's zone;
     * {tomorrowEarlyUtc}, {tomorrowEarlyWithOffset}, {tomorrowEarlyAsCamundaDate}: 00:30 tomorrow there, as an
     * instant in UTC, with the zone's offset, and as Camunda writes a Date; {{repeat:c:n}}: c written n times.
     */
    String placeholders(String text) {
        for (Map.Entry<String, String> task : tasks.entrySet()) {
            text = text.replace("{" + task.getKey() + "}", task.getValue());
        }
        Matcher m = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
        }
        return m.appendTail(out).toString();
    }

    /** The message a person or program is given: Camunda's and ours are JSON, the portal's an HTML page. */
    static String message(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        if (body.startsWith("{")) {
            try {
                JsonNode json = JSON.readTree(body);
                for (String field : new String[]{"message", "detail", "error"}) {
                    if (json.hasNonNull(field) && !json.get(field).asText().isBlank()) {
                        return json.get(field).asText();
                    }
                }
                return "";
            } catch (Exception e) {
                return body;
            }
        }
        return body;
    }

    /**
     * What a refused request must leave as it was: every row of the item tables and of the engine's
     * runtime tables, with the values a write could change (variables, a task's people and dates, where an
     * instance stands, jobs' retries and dates), and the counts of comments, attachments and history.
     */
    Map<String, String> snapshot() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, String.valueOf(jdbc.queryForObject("select count(*) from " + table, Long.class)));
        }
        for (String[] query : CONTENT) {
            rows.put(query[0], jdbc.queryForList(query[1]).toString());
        }
        return rows;
    }

    static final String[][] CONTENT = {
            {"articles", "select * from article order by id"},
            {"publications", "select * from publication order by id"},
            {"variables", "select ID_, NAME_, TYPE_, TEXT_, TEXT2_, LONG_, DOUBLE_, BYTEARRAY_ID_, EXECUTION_ID_, TASK_ID_ from ACT_RU_VARIABLE order by ID_"},
            {"tasks", "select ID_, NAME_, ASSIGNEE_, OWNER_, DUE_DATE_, FOLLOW_UP_DATE_, PRIORITY_, SUSPENSION_STATE_, DELEGATION_ from ACT_RU_TASK order by ID_"},
            {"executions", "select ID_, ACT_ID_, IS_ACTIVE_, SUSPENSION_STATE_, BUSINESS_KEY_ from ACT_RU_EXECUTION order by ID_"},
            {"jobs", "select ID_, RETRIES_, DUEDATE_, SUSPENSION_STATE_, PRIORITY_, LOCK_OWNER_ from ACT_RU_JOB order by ID_"},
            {"identity links", "select ID_, TYPE_, USER_ID_, GROUP_ID_, TASK_ID_ from ACT_RU_IDENTITYLINK order by ID_"},
            {"comments", "select count(*) from ACT_HI_COMMENT"},
            {"attachments", "select count(*) from ACT_HI_ATTACHMENT"},
            {"historic instances", "select ID_, STATE_, END_TIME_ from ACT_HI_PROCINST order by ID_"},
            {"authorizations", "select count(*) from ACT_RU_AUTHORIZATION"},
            {"batches", "select count(*) from ACT_RU_BATCH"},
    };

    static String abbreviate(String s) {
        return s == null || s.length() < 400 ? s : s.substring(0, 400) + "…";
    }
}
