package vn.cchc.editorial.quota;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.editorial.publication.PublicationRecorded;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;

/**
 * The thread that committed a publication still holds its connection while the after-commit callbacks
 * run. With a pool of one connection, a watcher that needed its own connection on that thread would wait
 * for itself; handed over through the event publication registry to Spring's task executor, it runs once
 * the committing thread has let go, and the event's row is gone once it has. The application's own
 * configuration (application.yaml: the registry, the executor) on a one-connection pool, the table made
 * by the project's changeset.
 */
@SpringBootTest(classes = QuotaWatcherAfterCommitTest.Events.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:quota-watcher-after-commit;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "spring.datasource.hikari.maximum-pool-size=1",
        // generous: on a busy machine the committing thread may take a while to let go
        "spring.datasource.hikari.connection-timeout=30000",
        "spring.liquibase.change-log=classpath:db/changelog/cchc/006-event-publication.yaml"
})
class QuotaWatcherAfterCommitTest {

    @Configuration(proxyBeanMethods = false)
    @EventRegistrySlice
    @Import(QuotaWatcherAfterCommit.class)
    static class Events {
    }

    @MockitoBean
    QuotaWatcher watcher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void thePeriodsAreCheckedOnAThreadOfTheirOwnOnceTheCommittingThreadLetsGo() {
        AtomicReference<String> checkedOn = new AtomicReference<>();
        doAnswer(call -> {
            jdbc.queryForObject("select 1", Integer.class); // needs the pool's one connection
            checkedOn.set(Thread.currentThread().getName());
            return null;
        }).when(watcher).onPublication(any());
        PublicationRecorded event = new PublicationRecorded(1, "DEPARTMENT_PORTAL", "van-phong", LocalDate.of(2024, 3, 5));

        // as a publishing job does: the event is published inside the transaction that holds the connection
        transactions.executeWithoutResult(status -> {
            jdbc.queryForObject("select 1", Integer.class);
            events.publishEvent(event);
            assertThat(outstanding()).as("the event is stored with the publication's transaction").isEqualTo(1);
        });

        // the mock counts the call as it starts, before the answer has run: wait for what the answer records
        await().atMost(Duration.ofSeconds(60)).untilAtomic(checkedOn, notNullValue());
        assertThat(checkedOn.get()).startsWith("events-").isNotEqualTo(Thread.currentThread().getName());
        verify(watcher).onPublication(event);
        await().atMost(Duration.ofSeconds(60)).until(() -> outstanding() == 0);
    }

    private long outstanding() {
        return jdbc.queryForObject("select count(*) from event_publication", Long.class);
    }
}
