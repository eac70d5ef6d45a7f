package vn.cchc.editorial.article;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.PlanDates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes, every {@code cchc.uploads.clean-up-interval} on each node: uploads of forms never sent, older than
 * {@code cchc.uploads.unattached-kept} (a day); and the files of items the Board rejected, once the days of the
 * plan's {@code rejectedItemFilesKeptDays} (the plan of the year the item was written) have passed since the
 * rejection. The item's record and its text stay. Storage housekeeping, not a deadline of the plan: no BPMN timer.
 * Deleting what another node deleted already deletes nothing, so nodes need not take turns.
 */
@Component
class ItemFilesCleanUp {

    private static final Logger log = LoggerFactory.getLogger(ItemFilesCleanUp.class);

    private final ItemFileRepository files;
    private final PlanCatalog plans;
    private final UploadProperties limits;
    private final Clock clock;

    ItemFilesCleanUp(ItemFileRepository files, PlanCatalog plans, UploadProperties limits, Clock clock) {
        this.files = files;
        this.plans = plans;
        this.limits = limits;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cchc.uploads.clean-up-interval:PT1H}", initialDelayString = "${cchc.uploads.clean-up-interval:PT1H}")
    void scheduled() {
        cleanUp(clock.instant());
    }

    /** What is due for removal at {@code now} goes; returns how many files went. */
    @Transactional
    public int cleanUp(Instant now) {
        int unattached = files.deleteUnattachedBefore(now.minus(limits.unattachedKept()));
        int rejected = 0;
        for (Article article : files.findRejectedWithFiles()) {
            int keptDays = plans.inForce(PlanDates.dayOf(article.getCreatedAt(), clock).getYear()).rejectedItemFilesKeptDays();
            if (!article.getUpdatedAt().plus(Duration.ofDays(keptDays)).isAfter(now)) {
                int removed = files.deleteOfArticle(article.getId());
                log.info("Removed the {} files of the rejected item {}, {} days after its rejection", removed, article.getCode(), keptDays);
                rejected += removed;
            }
        }
        if (unattached > 0) {
            log.info("Removed {} uploads never sent with an item", unattached);
        }
        return unattached + rejected;
    }
}
