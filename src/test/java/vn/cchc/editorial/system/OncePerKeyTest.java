package vn.cchc.editorial.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;

import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the product promises happens once per key is refused a second time by the database itself,
 * whatever the code checked before: two writers that both passed a check still cannot both write. Each
 * second row is tried in a transaction that is rolled back, so nothing is left.
 */
@ApplicationTest
class OncePerKeyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @ParameterizedTest
    @ValueSource(strings = {"the same channel", "the same idempotency key"})
    void anItemIsPublishedOnceOnAChannel(String twice) {
        long item = item();
        secondRowIsRefused(() -> {
            insertPublication(item, "DEPARTMENT_PORTAL", item + ":DEPARTMENT_PORTAL");
            if (twice.equals("the same channel")) {
                insertPublication(item, "DEPARTMENT_PORTAL", item + ":again");
            } else {
                insertPublication(item, "PROVINCIAL_PORTAL", item + ":DEPARTMENT_PORTAL");
            }
        });
    }

    @Test
    void anItemIsCreditedOnceOnAChannel() {
        long item = item();
        secondRowIsRefused(() -> {
            insertCredit(item, "department-portal-monthly:2024-03");
            insertCredit(item, "department-portal-monthly:2024-04");
        });
    }

    @Test
    void theBoardDecidesARevisionOnce() {
        long item = item();
        secondRowIsRefused(() -> {
            insertReview(item, 1, "APPROVE");
            insertReview(item, 1, "REJECT");
        });
    }

    @Test
    void anItemsCodeIsNeverGivenTwice() {
        long first = item();
        long second = item();
        String code = jdbc.queryForObject("select code from article where id = ?", String.class, first);
        secondRowIsRefused(() -> jdbc.update("update article set code = ? where id = ?", code, second));
    }

    @Test
    void aYearHasOneRunningPlan() {
        secondRowIsRefused(() -> {
            insertPlanRun(1999, "plan-one");
            insertPlanRun(1999, "plan-two");
        });
    }

    private void secondRowIsRefused(Runnable twice) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            try {
                twice.run();
            } finally {
                status.setRollbackOnly();
            }
        })).isInstanceOf(DataIntegrityViolationException.class);
    }

    private long item() {
        RestClient author = new RestClient(port, "cds.tacgia");
        String pi = Items.start(author, "Tin một lần " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        return jdbc.queryForObject("select id from article where process_instance_id = ?", Long.class, pi);
    }

    private void insertPublication(long item, String channel, String key) {
        jdbc.update("insert into publication (article_id, channel, idempotency_key, status, version) values (?, ?, ?, 'HANDED_OFF', 0)",
                item, channel, key);
    }

    private void insertCredit(long item, String periodId) {
        jdbc.update("insert into quota_credit (article_id, channel, period_id, reason, credited_by, credited_at) "
                + "values (?, 'DEPARTMENT_PORTAL', ?, 'Thử', 'vp.theodoi', ?)", item, periodId, Timestamp.from(Instant.now()));
    }

    private void insertReview(long item, int revision, String decision) {
        jdbc.update("insert into article_review (article_id, revision_no, decision, reviewer, decided_at) values (?, ?, ?, 'bbt.bientap', ?)",
                item, revision, decision, Timestamp.from(Instant.now()));
    }

    private void insertPlanRun(int year, String processInstanceId) {
        jdbc.update("insert into plan_run (plan_year, process_instance_id, started_at) values (?, ?, ?)",
                year, processInstanceId, Timestamp.from(Instant.now()));
    }
}
