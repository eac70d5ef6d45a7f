package vn.cchc.editorial.quota;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.cchc.editorial.publication.PublicationRecorded;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Hands a committed publication to the {@link QuotaWatcher} on a thread of its own. Run on the thread
 * that committed, in a new transaction, it took a second database connection while the first was still
 * held (Spring releases it only after the after-commit callbacks): with every job thread doing so at
 * once, the pool ran dry and requests waited 30 s for a connection, then failed (the load run). Here
 * the committing thread lets go at once, and one thread closes periods in publication order. Each
 * correlation is a transaction of its own, so the watcher's retry after a conflict can commit. A period
 * left open by a crash in between is judged at its deadline, as before.
 */
@Component
class QuotaWatcherAfterCommit {

    private static final Logger log = LoggerFactory.getLogger(QuotaWatcherAfterCommit.class);

    private final QuotaWatcher watcher;
    private final ExecutorService closer = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "quota-watcher");
        thread.setDaemon(true);
        return thread;
    });

    QuotaWatcherAfterCommit(QuotaWatcher watcher) {
        this.watcher = watcher;
    }

    @TransactionalEventListener
    void afterCommit(PublicationRecorded event) {
        closer.execute(() -> {
            try {
                watcher.onPublication(event);
            } catch (RuntimeException e) {
                log.warn("Quota periods not checked after the publication of item {}; their deadlines will judge them",
                        event.articleId(), e);
            }
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        closer.shutdown();
        closer.awaitTermination(10, TimeUnit.SECONDS);
    }
}
