package vn.cchc.editorial.quota;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.editorial.article.Channel;
import vn.cchc.editorial.publication.PublicationRecorded;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

/**
 * The thread that committed a publication still holds its connection while the after-commit callbacks
 * run. With a pool of one connection, a watcher that needed its own connection on that thread would wait
 * for itself; handed over, it runs once the committing thread has let go.
 */
class QuotaWatcherAfterCommitTest {

    @Test
    void thePeriodsAreCheckedOnAThreadOfTheirOwnOnceTheCommittingThreadLetsGo() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:quota-watcher-after-commit");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(2_000);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            QuotaWatcher watcher = mock(QuotaWatcher.class);
            AtomicReference<String> checkedOn = new AtomicReference<>();
            doAnswer(call -> {
                jdbc.queryForObject("select 1", Integer.class); // needs the pool's one connection
                checkedOn.set(Thread.currentThread().getName());
                return null;
            }).when(watcher).onPublication(any());
            QuotaWatcherAfterCommit afterCommit = new QuotaWatcherAfterCommit(watcher);
            PublicationRecorded event = new PublicationRecorded(1, Channel.DEPARTMENT_PORTAL, "van-phong", LocalDate.of(2024, 3, 5));

            // as Spring calls it: the committed transaction's connection is still held
            transactions.executeWithoutResult(status -> {
                jdbc.queryForObject("select 1", Integer.class);
                afterCommit.afterCommit(event);
            });

            verify(watcher, timeout(5_000)).onPublication(event);
            // the call is seen as soon as it starts; the thread's name is recorded once its query is done
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(checkedOn.get()).isEqualTo("quota-watcher"));
            afterCommit.stop();
        }
    }
}
