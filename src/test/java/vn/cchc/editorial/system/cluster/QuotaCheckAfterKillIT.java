package vn.cchc.editorial.system.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.PackagedApp;
import vn.cchc.editorial.RestClient;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * A node killed (SIGKILL) between a publication's commit and its quota check, and started again on the
 * same PostgreSQL database, closes the quota period at its start, without waiting for the deadline. The
 * moment is made certain, not hoped for: the test holds a row lock on the plan's QuotaMet subscriptions,
 * so the check, once the publication has committed, waits inside its correlation; the kill comes when
 * PostgreSQL shows the node's connection waiting for that lock. Run with ./mvnw verify -Pcluster.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class QuotaCheckAfterKillIT {

    @Test
    void aNodeKilledBetweenAPublicationAndItsQuotaCheckClosesThePeriodWhenItStartsAgain() throws Exception {
        try (ThrowawayDatabase database = ThrowawayDatabase.create("events")) {
            // 10 January 2024 on the node's clock: the Office's January period is open, its deadline the 25th
            Map<String, String> properties = Map.of(
                    "cchc.clock.start", "2024-01-10T09:00:00+07:00",
                    "camunda.bpm.job-execution.wait-time-in-millis", "500",
                    "camunda.bpm.job-execution.max-wait", "1000");
            PackagedApp node = database.startNode("events-a", properties);
            String plan;
            long open;
            long articleId;
            try (Connection lock = DriverManager.getConnection(database.url(), ThrowawayDatabase.USER, ThrowawayDatabase.PASSWORD)) {
                try {
                    RestClient office = node.client("vp.theodoi");
                    var started = office.post("/engine-rest/process-definition/key/CommunicationPlanProcess/submit-form",
                            variables("year", "2024", "String", "pastPeriods", "JUDGE", "String"));
                    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
                    plan = office.json(started).get("id").asText();
                    open = openPeriods(database, plan);
                    assertThat(open).as("every period of 2024 open").isPositive();

                    lock.setAutoCommit(false);
                    try (PreparedStatement hold = lock.prepareStatement(
                            "select id_ from act_ru_event_subscr where event_name_ = 'QuotaMet' and proc_inst_id_ = ? for update")) {
                        hold.setString(1, plan);
                        hold.executeQuery().close();
                    }

                    RestClient author = node.client("vp.tacgia");
                    String item = Items.start(author, "Tin của Văn phòng khi máy chủ bị tắt", "[\"DEPARTMENT_PORTAL\"]");
                    Items.approve(author.as("bbt.bientap"), item);
                    articleId = database.jdbc().queryForObject("select id from article where process_instance_id = ?", Long.class, item);

                    // committed: the publication and its event; the check waits for the test's lock
                    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() ->
                            count(database, "select count(*) from publication where article_id = ?", articleId) == 1
                                    && count(database, "select count(*) from pg_stat_activity where datname = current_database() "
                                    + "and application_name = 'cchc-editorial:events-a' and wait_event_type = 'Lock' "
                                    + "and query ilike '%act_ru_event_subscr%'") > 0);
                    node.kill();
                } finally {
                    lock.rollback();
                }
            } finally {
                node.close();
            }
            assertThat(outstanding(database, articleId)).as("the event is still to handle").isEqualTo(1);
            assertThat(openPeriods(database, plan)).as("the January period is still open").isEqualTo(open);
            assertThat(metByQuota(database, plan)).isZero();

            PackagedApp again = database.startNode("events-a-again", properties);
            try {
                // the Office's item counts for its January period only (van-phong leads the portal in January)
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> metByQuota(database, plan) == 1);
                assertThat(openPeriods(database, plan)).as("closed because the quota was met, not by its deadline").isEqualTo(open - 1);
                await().atMost(Duration.ofMinutes(1)).until(() -> outstanding(database, articleId) == 0);
            } finally {
                again.close();
            }
        }
    }

    /** Periods of the plan still waiting for QuotaMet (one subscription each). */
    static long openPeriods(ThrowawayDatabase database, String plan) {
        return count(database, "select count(*) from act_ru_event_subscr where event_name_ = 'QuotaMet' and proc_inst_id_ = ?", plan);
    }

    static long metByQuota(ThrowawayDatabase database, String plan) {
        return count(database, "select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = 'EndEvent_QuotaMet'", plan);
    }

    static long outstanding(ThrowawayDatabase database, long articleId) {
        return count(database, "select count(*) from event_publication where event_type = 'vn.cchc.editorial.publication.PublicationRecorded' "
                + "and serialized_event like ?", "%\"articleId\":" + articleId + ",%");
    }

    static long count(ThrowawayDatabase database, String sql, Object... arguments) {
        return database.jdbc().queryForObject(sql, Long.class, arguments);
    }
}
