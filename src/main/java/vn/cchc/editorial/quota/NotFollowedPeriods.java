package vn.cchc.editorial.quota;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The quota periods of a year that the Office marked as not followed up when it started the plan
 * ({@code pastPeriods=NOT_FOLLOWED}, {@link OpenPlan}): they were past at the start, are never judged and
 * must not count as missed anywhere (dashboard, matrix, reports, API). Read from the variable
 * {@code notFollowedPeriodIds} of the year's latest CommunicationPlanProcess instance, running or ended
 * (the engine's history): a plan deleted and started again answers with the new start's choice.
 */
@Component
public class NotFollowedPeriods {

    private final HistoryService history;

    public NotFollowedPeriods(HistoryService history) {
        this.history = history;
    }

    /** The ids ({@link QuotaPeriods#idOf}) of the year's periods not followed up; empty when the plan never started. */
    public Set<String> of(int year) {
        List<HistoricProcessInstance> starts = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(OpenPlan.PROCESS_KEY).processInstanceBusinessKey(String.valueOf(year))
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (starts.isEmpty()) {
            return Set.of();
        }
        HistoricVariableInstance ids = history.createHistoricVariableInstanceQuery()
                .processInstanceId(starts.get(0).getId()).variableName(PlanVariables.NOT_FOLLOWED_PERIOD_IDS).singleResult();
        return ids != null && ids.getValue() instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(java.util.stream.Collectors.toUnmodifiableSet()) : Set.of();
    }
}
