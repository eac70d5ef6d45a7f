package vn.cchc.editorial.quota;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import vn.cchc.editorial.publication.PublicationRecorded;

/**
 * Hands a committed publication to the {@link QuotaWatcher}, through Spring Modulith's event publication
 * registry: the publishing transaction also writes a row to {@code event_publication}, and the row goes
 * once the watcher has returned. A node that stops in between leaves the row, and the next node to start
 * hands the event to the watcher again ({@code spring.modulith.events.republish-outstanding-events-on-restart});
 * closing a period is idempotent, so a second handling by another node is harmless.
 * <p>
 * The listener runs asynchronously on Spring's task executor ({@code spring.task.execution}), after the
 * commit. Run on the committing thread, in a new transaction, it took a second database connection while
 * the first was still held (Spring releases it only after the after-commit callbacks): with every job
 * thread doing so at once, the pool ran dry and requests waited 30 s for a connection (the load run).
 * <p>
 * It runs outside a transaction of its own ({@code NOT_SUPPORTED}): each correlation is then a transaction
 * of its own, so the watcher's retry after an optimistic-locking conflict can commit, and the thread holds
 * at most one connection at a time. A failure leaves the row for the next start; a period still open then
 * is judged at its deadline, as before.
 */
@Component
class QuotaWatcherAfterCommit {

    private final QuotaWatcher watcher;

    QuotaWatcherAfterCommit(QuotaWatcher watcher) {
        this.watcher = watcher;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void afterCommit(PublicationRecorded event) {
        watcher.onPublication(event);
    }
}
