package vn.cchc.editorial.article;

import org.springframework.stereotype.Component;
import vn.cchc.editorial.system.ProcessInstanceEndHandler;

import java.time.Clock;

/**
 * An item whose process instance ends while it is still with the Board or its author becomes
 * {@link ArticleStatus#WITHDRAWN}, however the instance ended: deleted in Cockpit or through the REST
 * API (with or without {@code skipCustomListeners} and {@code skipIoMappings}), cancelled by a
 * modification, deleted by a batch. Called in the ending transaction (see
 * {@link vn.cchc.editorial.system.ProcessInstanceEnds}), so the item changes exactly when the end
 * commits. An instance that ends the ordinary way has set the item to APPROVED or REJECTED in the same
 * transaction, not yet written: the item is read through the transaction's own persistence context,
 * which holds that decision, and is left as it is.
 */
@Component
public class WithdrawnWithItsProcess implements ProcessInstanceEndHandler {

    private final ArticleRepository articles;
    private final Clock clock;

    WithdrawnWithItsProcess(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    /** Whether the end is that of an ArticlePublicationProcess instance. */
    public static boolean isAnItemsProcess(ProcessInstanceEndHandler.End end) {
        return ArticleVariables.PROCESS_KEY.equals(end.processDefinitionKey());
    }

    @Override
    public void ended(ProcessInstanceEndHandler.End end) {
        if (isAnItemsProcess(end)) {
            articles.findByProcessInstanceId(end.processInstanceId())
                    .ifPresent(article -> article.withdrawIfUndecided(clock.instant()));
        }
    }
}
