package vn.cchc.editorial.system.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.PackagedApp;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.WebappSession;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * Two application nodes (separate JVMs from the built jar) on one throwaway PostgreSQL database form one
 * Camunda cluster: items move between them, a login holds on both, due timers fire exactly once with both
 * job executors acquiring, and the jobs of a node killed mid-work are completed by the others once their
 * lock expires. Run with ./mvnw verify -Pcluster (needs the local PostgreSQL server).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** Idle job executors look for due jobs at least every second here (production: up to a minute). */
    static final Map<String, String> JOB_EXECUTOR = Map.of(
            "camunda.bpm.job-execution.wait-time-in-millis", "500",
            "camunda.bpm.job-execution.max-wait", "1000");

    static final int SLOW_JOBS = 60;

    ThrowawayDatabase database;
    GreenMail mail;
    PackagedApp a;
    PackagedApp b;

    @BeforeAll
    void startCluster() {
        database = ThrowawayDatabase.create("cluster");
        mail = new GreenMail(new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        // both at once on the empty database, as nodes restarted together start: the migration lock lets one
        // create the schema and the first administrator, the startup lock one create the groups, grants,
        // filters and demo accounts
        Map<String, String> firstAdministrator = Map.of(
                "camunda.bpm.admin-user.id", "quantri", "camunda.bpm.admin-user.password", "Quan-tri-2026");
        CompletableFuture<PackagedApp> first = CompletableFuture.supplyAsync(() -> database.startNode("node-a", nodeProperties(firstAdministrator)));
        CompletableFuture<PackagedApp> second = CompletableFuture.supplyAsync(() -> database.startNode("node-b", nodeProperties(firstAdministrator)));
        a = first.join();
        b = second.join();
    }

    @Test
    @Order(0)
    void nodesStartedTogetherOnAnEmptyDatabaseSetItUpOnce() {
        // both are up (a second group, user or grant of the same id would have failed a start); filters
        // have no unique name in Camunda's schema, so a second of each is what a race would leave
        JdbcTemplate jdbc = database.jdbc();
        assertThat(jdbc.queryForList("select name_ from act_ru_filter order by name_", String.class))
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(vn.cchc.editorial.identity.TasklistFilter.values())
                        .map(vn.cchc.editorial.identity.TasklistFilter::displayName).toList());
        assertThat(jdbc.queryForObject("select count(*) from act_id_membership where user_id_ = 'quantri' and group_id_ = 'camunda-admin'",
                Long.class)).as("the first administrator, created by one of them").isOne();
    }

    Map<String, String> nodeProperties(Map<String, String> extra) {
        Map<String, String> properties = new LinkedHashMap<>(JOB_EXECUTOR);
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(mail.getSmtp().getPort()));
        properties.put("cchc.channels.provincial-portal.email", "cong-ttdt@tinh.example");
        properties.putAll(extra);
        return properties;
    }

    @AfterAll
    void stopCluster() throws Exception {
        for (PackagedApp node : new PackagedApp[]{a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (mail != null) {
            mail.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void itemsStartedOnOneNodeAndApprovedOnTheOtherArePublishedAndHandedOffExactlyOnce() {
        int items = 10;
        List<String> processInstances = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            PackagedApp starter = i % 2 == 0 ? a : b;
            PackagedApp approver = i % 2 == 0 ? b : a;
            String title = "Tin cụm máy chủ số " + i + " – một cửa liên thông";
            String processInstanceId = Items.start(starter.client("vp.tacgia"), title, "[\"DEPARTMENT_PORTAL\",\"PROVINCIAL_PORTAL\"]");
            RestClient board = approver.client("bbt.bientap");
            String review = singleTask(board, processInstanceId, "Task_ReviewArticle");
            ResponseEntity<String> approved = board.post("/engine-rest/task/" + review + "/submit-form",
                    variables("reviewDecision", "APPROVE", "String"));
            assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(204);
            processInstances.add(processInstanceId);
            titles.add(title);
        }

        // the asynchronous publication and hand-off run on whichever node acquires them
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                assertThat(database.jdbc().queryForObject("""
                        select count(*) from publication p join article a on a.id = p.article_id
                        where a.title like 'Tin cụm máy chủ số %'""", Long.class)).isEqualTo(2L * items));
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        for (int i = 0; i < items; i++) {
            RestClient board = (i % 2 == 0 ? a : b).client("bbt.bientap");
            String decision = singleTask(board, processInstances.get(i), "Task_RecordProvincialDecision");
            ResponseEntity<String> recorded = board.post("/engine-rest/task/" + decision + "/submit-form", variables(
                    "provincialDecision", "APPROVED", "String",
                    "publishedUrl", "https://soctrang.gov.vn/tin/" + i, "String",
                    "publishedOn", today, "String"));
            assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(204);
        }

        RestClient monitor = a.client("admin");
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(monitor.json(monitor.get(
                "/engine-rest/history/process-instance/count?finished=true&processDefinitionKey=ArticlePublicationProcess"))
                .get("count").asLong()).isEqualTo(items));
        for (String processInstanceId : processInstances) {
            assertThat(database.jdbc().queryForList("""
                    select p.channel || ' ' || p.status from publication p join article a on a.id = p.article_id
                    where a.process_instance_id = ? order by p.channel""", String.class, processInstanceId))
                    .containsExactly("DEPARTMENT_PORTAL PUBLISHED", "PROVINCIAL_PORTAL PUBLISHED");
        }
        // the e-mail to the provincial portal's unit is recorded with the hand-off and sent after it by one
        // node or the other: one per item, never two (the authors' and the Board's notifications go to others)
        await().atMost(Duration.ofMinutes(2)).until(() -> toProvincialPortal().size() >= items);
        assertThat(toProvincialPortal()).hasSize(items).doesNotHaveDuplicates();
        for (PackagedApp node : List.of(a, b)) {
            String portal = new RestClient(node.port(), null).get("/portal").getBody();
            titles.forEach(title -> assertThat(portal).contains(title));
        }
    }

    @Test
    @Order(2)
    void loginOnOneNodeHoldsOnTheOtherAndSoDoesItsEnd() {
        WebappSession onA = new WebappSession(a.port());
        HttpResponse<String> login = onA.logIn("tasklist", "bbt.bientap", "demo");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

        WebappSession onB = onA.on(b.port());
        HttpResponse<String> me = onB.get("/camunda/api/admin/auth/user/default");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"userId\":\"bbt.bientap\"");
        assertThat(onB.post("/camunda/api/engine/engine/default/task/count", "{}").statusCode()).isEqualTo(200);

        assertThat(onB.post("/camunda/api/admin/auth/user/default/logout", "").statusCode()).isEqualTo(200);
        assertThat(onA.get("/camunda/api/admin/auth/user/default").statusCode()).isNotEqualTo(200);
    }

    @Test
    @Order(3)
    void requestWithoutTheCsrfTokenOnOneNodeEndsTheSessionOnBoth() {
        WebappSession onA = new WebappSession(a.port());
        assertThat(onA.logIn("tasklist", "vp.theodoi", "demo").statusCode()).isEqualTo(200);
        WebappSession onB = onA.on(b.port());

        // Camunda ends a session whose CSRF check failed; the shared session ends for every node
        assertThat(onB.postWithoutCsrfToken("/camunda/api/engine/engine/default/task/count", "{}").statusCode()).isEqualTo(403);
        assertThat(onA.get("/camunda/api/admin/auth/user/default").statusCode()).isNotEqualTo(200);
    }

    @Test
    @Order(4)
    void fiveHundredDueTimersFireExactlyOnceWithBothJobExecutorsAcquiring() throws Exception {
        TimerProbe probe = new TimerProbe(database, a).deploy();
        probe.hold();
        probe.start("due", 500, Duration.ZERO, List.of(a, b), 4);
        assertThat(probe.suspendedTimers()).isEqualTo(500);

        Instant released = probe.release();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> probe.pendingTimers() == 0);
        System.out.printf("500 due timers: fired per node %s, the last %d ms after their release%n",
                probe.firingsPerNode("due"), Duration.between(released, probe.firingSpan("due")[1]).toMillis());

        assertThat(probe.firings("due")).isEqualTo(500);
        assertThat(probe.probesFired("due")).isEqualTo(500);
        Map<String, Long> perNode = probe.firingsPerNode("due");
        assertThat(perNode.keySet()).containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(perNode.values()).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(openIncidents()).isZero();
    }

    @Test
    @Order(5)
    void jobsLockedByAKilledNodeAreCompletedByAnotherOnceTheLockExpires() throws Exception {
        Duration lockTime = Duration.ofSeconds(15);
        PackagedApp victim = database.startNode("node-c", nodeProperties(Map.of(
                "camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(lockTime.toMillis()))));
        TimerProbe probe = new TimerProbe(database, a).deploy();
        try {
            probe.hold();
            // a node locks up to max-pool-size + queue-capacity (10 + 3) jobs at once: enough jobs that
            // node-c gets some while node-a and node-b hold theirs
            probe.start("slow", SLOW_JOBS, Duration.ofSeconds(2), List.of(a, b, victim), 3);
            probe.release();
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .until(() -> probe.lockedBy("node-c").size() >= 2);
        } finally {
            victim.kill();
        }
        Map<String, Instant> orphans = probe.lockedBy("node-c");
        assertThat(orphans).as("jobs node-c held when it died").isNotEmpty();

        Instant killedAt = Instant.now();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> probe.pendingTimers() == 0);
        System.out.printf("node-c killed holding %d locked jobs (locks expiring %s); fired per node afterwards %s%n",
                orphans.size(), orphans.values().stream().map(e -> Duration.between(killedAt, e).toMillis() + " ms").toList(),
                probe.firingsPerNode("slow"));

        assertThat(probe.firings("slow")).isEqualTo(SLOW_JOBS);
        assertThat(probe.probesFired("slow")).isEqualTo(SLOW_JOBS);
        orphans.forEach((processInstanceId, lockExpiry) -> assertThat(probe.firingsOfInstance(processInstanceId))
                .singleElement().satisfies(firing -> {
                    assertThat((String) firing.get("node")).isIn("cchc-editorial:node-a", "cchc-editorial:node-b");
                    assertThat(TimerProbe.instant(firing.get("fired_at"))).isAfterOrEqualTo(lockExpiry);
                }));
        assertThat(openIncidents()).isZero();
    }

    long openIncidents() {
        RestClient admin = a.client("admin");
        return admin.json(admin.get("/engine-rest/incident/count")).get("count").asLong();
    }

    static String singleTask(RestClient client, String processInstanceId, String taskKey) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            found[0] = client.json(client.get("/engine-rest/task?processInstanceId=" + processInstanceId
                    + "&taskDefinitionKey=" + taskKey));
            assertThat(found[0]).hasSize(1);
        });
        return found[0].get(0).get("id").asText();
    }

    private List<String> toProvincialPortal() {
        return Arrays.stream(mail.getReceivedMessages()).filter(ClusterIT::toProvincialPortal).map(ClusterIT::subject)
                .filter(s -> s.contains("Tin cụm máy chủ số")).toList();
    }

    static boolean toProvincialPortal(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals("cong-ttdt@tinh.example"));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
