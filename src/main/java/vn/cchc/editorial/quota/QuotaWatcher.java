package vn.cchc.editorial.quota;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import vn.cchc.editorial.system.EngineUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.plan.QuotaPeriod;
import vn.cchc.editorial.publication.PublicationRecorded;

/**
 * Closes a quota period the moment it is met: after a publication commits, tells each period it
 * completes (message QuotaMet to that period's waiting subprocess). Should this fail, nothing is lost:
 * the event is handled again at the next start, and the deadline judge counts again.
 * {@link QuotaWatcherAfterCommit} calls it once the publication's transaction has committed.
 * <p>
 * Idempotent, as the event registry needs (an event may be handled twice: once by a node, once by another
 * that starts meanwhile): it counts from the database, not from the event, and a period already closed
 * has no subprocess waiting, so the correlation finds nothing and changes nothing. Two nodes closing the
 * same period at once collide on an optimistic lock; the loser retries and finds it closed.
 */
@Component
public class QuotaWatcher {

    private static final Logger log = LoggerFactory.getLogger(QuotaWatcher.class);
    private static final int ATTEMPTS = 3;

    private final QuotaPeriods periods;
    private final QuotaCounter counter;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    public QuotaWatcher(QuotaPeriods periods, QuotaCounter counter, RuntimeService runtimeService, IdentityService identityService) {
        this.periods = periods;
        this.counter = counter;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    public void onPublication(PublicationRecorded event) {
        for (QuotaPeriod period : periods.containing(event.channel(), event.publishedOn())) {
            if (period.leadUnit().equals(event.unitCode()) && QuotaCounter.countsByDate(period, event.publishedOn())) {
                closeIfMet(period);
            }
        }
    }

    void closeIfMet(QuotaPeriod period) {
        if (counter.achieved(period) < period.minimumCount()) {
            return;
        }
        String periodId = QuotaPeriods.idOf(period);
        // the plan's instance is the Office's: closing a period is the system's act, not the
        // publishing user's, who may not touch that instance
        EngineUsers.asTheSystem(identityService, () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    runtimeService.createMessageCorrelation(PlanVariables.MESSAGE_QUOTA_MET)
                            .processInstanceBusinessKey(period.periodKey().substring(0, 4))
                            .localVariableEquals(PlanVariables.PERIOD_ID, periodId)
                            .correlateAll();
                    return null;
                } catch (OptimisticLockingException e) {
                    if (attempt == ATTEMPTS) {
                        log.warn("Period {} met but not closed now; its deadline will judge it", periodId, e);
                        return null;
                    }
                }
            }
        });
    }
}
