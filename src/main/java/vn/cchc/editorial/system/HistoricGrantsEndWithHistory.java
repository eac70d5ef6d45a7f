package vn.cchc.editorial.system;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

import java.util.Date;

/**
 * Gives the grants on an ended process instance (the item's unit's grant to read its history,
 * identity/UnitAccess) the removal time of the instance's history, so that the history cleanup removes
 * them with it (docs/operations.md, "History cleanup"). Camunda does so itself only for a grant saved when
 * the instance's history is already in the database; the unit's grant is saved in the transaction that
 * starts the instance, before its history is written, and would otherwise stay for ever. Called by
 * {@link ProcessInstanceEnds} with the end's history event, in the end's transaction.
 */
final class HistoricGrantsEndWithHistory {

    private HistoricGrantsEndWithHistory() {
    }

    /** @param end the history event of a process instance's end */
    static void ended(HistoricProcessInstanceEventEntity end) {
        ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
        if (Context.getCommandContext() == null || !engine.isEnableHistoricInstancePermissions()
                || !ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END.equals(engine.getHistoryRemovalTimeStrategy())
                || !end.getProcessInstanceId().equals(end.getRootProcessInstanceId())) {
            return;
        }
        // the engine computes the removal time of the end for its history rows, without keeping it in the event
        ProcessDefinitionEntity definition = engine.getDeploymentCache().findDeployedProcessDefinitionById(end.getProcessDefinitionId());
        Date removalTime = engine.getHistoryRemovalTimeProvider().calculateRemovalTime(end, definition);
        if (removalTime != null) {
            Context.getCommandContext().getAuthorizationManager()
                    .addRemovalTimeToAuthorizationsByProcessInstanceId(end.getProcessInstanceId(), removalTime, null);
        }
    }
}
