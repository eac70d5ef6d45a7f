package vn.cchc.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged jar killed with SIGKILL in the middle of items' lives and started again on the same H2
 * file: every process instance, task, job, revision and review is still there, and the publication that
 * was pending when it died happens exactly once. Runs after package (failsafe, {@code ./mvnw verify}).
 */
@Timeout(value = 25, unit = TimeUnit.MINUTES)
class RestartIT {

    @TempDir
    Path dir;

    PackagedApp app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void killedInTheMiddleOfItemsLivesLosesNothingAndPublishesOnce() throws Exception {
        app = new PackagedApp(dir, Path.of("target", "restart-it"));
        // first life: no job executor, so the approved items' publishing jobs are still pending when it dies
        app.start("first", Map.of("camunda.bpm.job-execution.enabled", "false"));
        RestClient author = app.client("vp.tacgia");
        RestClient board = author.as("bbt.bientap");
        RestClient admin = author.as("admin");

        String inReview = Items.start(author, "Tin chờ duyệt khi máy chủ chết", "[\"DEPARTMENT_PORTAL\"]");
        String inRevision = Items.start(author, "Tin đang sửa khi máy chủ chết", "[\"DEPARTMENT_PORTAL\"]");
        Items.decide(board, Items.taskOf(board, inRevision, "Task_ReviewArticle"), "REVISE", "Bổ sung số liệu.");
        String publishing = Items.start(author, "Tin chờ đăng khi máy chủ chết", "[\"DEPARTMENT_PORTAL\", \"PROVINCIAL_PORTAL\"]");
        Items.approve(board, publishing);

        Set<String> instances = ids(admin, "/engine-rest/process-instance");
        Set<String> tasks = ids(admin, "/engine-rest/task");
        Set<String> jobs = ids(admin, "/engine-rest/job?messages=true");
        Set<String> timers = ids(admin, "/engine-rest/job?timers=true");
        assertThat(instances).contains(inReview, inRevision, publishing);
        assertThat(jobs).as("publishing jobs pending").hasSize(2);
        assertThat(timers).as("the waiting review's reminder and Office timers").hasSize(2);

        app.kill();

        // on disk, before anything starts again
        try (Connection db = DriverManager.getConnection(app.jdbcUrl(), "sa", "")) {
            assertThat(count(db, "select count(*) from article")).isEqualTo(3);
            assertThat(count(db, "select count(*) from article_revision")).isEqualTo(3);
            assertThat(count(db, "select count(*) from article_review")).isEqualTo(2);
            assertThat(count(db, "select count(*) from publication")).isZero();
            assertThat(column(db, "select ID_ from ACT_RU_JOB where TYPE_ = 'message'")).isEqualTo(jobs);
            assertThat(column(db, "select ID_ from ACT_RU_JOB where TYPE_ = 'timer'")).isEqualTo(timers);
            assertThat(column(db, "select ID_ from ACT_RU_TASK")).isEqualTo(tasks);
        }

        // second life, on the same database, with the job executor
        app.start("second", Map.of());
        assertThat(ids(admin, "/engine-rest/task")).containsAll(tasks);
        await().atMost(Duration.ofMinutes(2)).until(() -> Items.taskOf(board, publishing, "Task_RecordProvincialDecision") != null);
        assertThat(ids(admin, "/engine-rest/job?messages=true")).isEmpty();
        assertThat(ids(admin, "/engine-rest/job?timers=true")).containsAll(timers);
        assertThat(ids(admin, "/engine-rest/process-instance")).containsAll(Set.of(inReview, inRevision, publishing));
        assertThat(Items.taskOf(board, inReview, "Task_ReviewArticle")).isNotNull();
        assertThat(Items.taskOf(author, inRevision, "Task_ReviseArticle")).isNotNull();
        assertThat(app.client(null).get("/portal").getBody()).contains("Tin chờ đăng khi máy chủ chết");

        // the items go on where they stopped
        Items.approve(board, inReview);
        await().atMost(Duration.ofMinutes(2)).until(() ->
                app.client(null).get("/portal").getBody().contains("Tin chờ duyệt khi máy chủ chết"));
        // the second life ends with an ordinary stop: the kill that matters is the first one. A SIGKILL at
        // the very moment of a commit (here the publication, and right after it the quota event's rows)
        // once lost that commit on H2's file store on a loaded machine; PostgreSQL's is durable at commit.
        app.close();

        try (Connection db = DriverManager.getConnection(app.jdbcUrl(), "sa", "")) {
            assertThat(count(db, "select count(*) from publication where channel = 'DEPARTMENT_PORTAL'")).isEqualTo(2);
            assertThat(count(db, "select count(*) from publication where channel = 'PROVINCIAL_PORTAL'")).isEqualTo(1);
            assertThat(count(db, "select count(*) from (select article_id, channel from publication group by article_id, channel having count(*) > 1)"))
                    .isZero();
            assertThat(count(db, "select count(*) from article_revision")).isEqualTo(3);
            assertThat(count(db, "select count(*) from article_review")).isEqualTo(3);
        }
    }

    static Set<String> ids(RestClient client, String path) {
        Set<String> ids = new TreeSet<>();
        for (JsonNode node : client.json(client.get(path))) {
            ids.add(node.get("id").asText());
        }
        return ids;
    }

    static long count(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Set<String> column(Connection db, String sql) throws SQLException {
        Set<String> values = new TreeSet<>();
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

}
