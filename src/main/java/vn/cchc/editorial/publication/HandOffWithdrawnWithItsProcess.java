package vn.cchc.editorial.publication;

import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.WithdrawnWithItsProcess;
import vn.cchc.editorial.system.ProcessInstanceEndHandler;

/**
 * A hand-off still awaiting the province's decision when its item's process instance ends, however it
 * ends, becomes {@link PublicationStatus#WITHDRAWN}: the decision task is gone, so the item no longer
 * waits for a province and the Office's list of items in progress stops showing it. Called in the
 * ending transaction and reading through its persistence context, as {@link WithdrawnWithItsProcess}
 * does, so a decision recorded in that same transaction (the last channel's) stands. One query, from the
 * instance to the item's publications.
 */
@Component
public class HandOffWithdrawnWithItsProcess implements ProcessInstanceEndHandler {

    private final PublicationRepository publications;

    HandOffWithdrawnWithItsProcess(PublicationRepository publications) {
        this.publications = publications;
    }

    @Override
    public void ended(ProcessInstanceEndHandler.End end) {
        if (WithdrawnWithItsProcess.isAnItemsProcess(end)) {
            publications.findByArticleProcessInstanceId(end.processInstanceId()).forEach(Publication::withdrawIfHandedOff);
        }
    }
}
