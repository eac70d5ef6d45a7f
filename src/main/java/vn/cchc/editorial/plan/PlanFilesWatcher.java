package vn.cchc.editorial.plan;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks at the plan directory ({@value PlanCatalog#DIRECTORY_PROPERTY}) every
 * {@code cchc.plan.check-interval} (a minute by default) and reloads it when its files changed, so that
 * every node of a cluster takes a new or corrected plan file without a reload call on each.
 * {@code POST /api/plans/reload} still reloads the node it reaches at once and answers what it refused.
 * Without a directory there is nothing that can change, and each look costs nothing.
 */
@Component
@EnableScheduling
class PlanFilesWatcher {

    private final PlanCatalog catalog;

    PlanFilesWatcher(PlanCatalog catalog) {
        this.catalog = catalog;
    }

    @Scheduled(fixedDelayString = "${cchc.plan.check-interval:PT1M}", initialDelayString = "${cchc.plan.check-interval:PT1M}")
    void reloadChangedFiles() {
        catalog.reloadIfChanged();
    }
}
