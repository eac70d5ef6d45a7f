package vn.cchc.editorial.quota;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.QuotaPeriod;

import java.util.Date;

/**
 * Start of one SubProcess_QuotaPeriod instance: puts the period's facts (channel, lead unit, deadline,
 * reminder) into its local variables, where its timers, tasks and forms read them.
 */
@Component
public class OpenQuotaPeriod implements ExecutionListener {

    private final QuotaPeriods periods;

    public OpenQuotaPeriod(QuotaPeriods periods) {
        this.periods = periods;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String periodId = (String) execution.getVariable(PlanVariables.PERIOD_ID);
        QuotaPeriod period = periods.find(periodId);
        Plan plan = periods.plan(QuotaPeriods.yearOf(periodId));
        execution.setVariableLocal(PlanVariables.PERIOD_LABEL, QuotaPeriods.label(period));
        execution.setVariableLocal(PlanVariables.CHANNEL, period.channel());
        execution.setVariableLocal(PlanVariables.CHANNEL_NAME, plan.channel(period.channel()).map(c -> c.name()).orElse(period.channel()));
        execution.setVariableLocal(PlanVariables.LEAD_UNIT, period.leadUnit());
        execution.setVariableLocal(PlanVariables.LEAD_UNIT_NAME, plan.unit(period.leadUnit()).map(u -> u.name()).orElse(period.leadUnit()));
        execution.setVariableLocal(PlanVariables.MINIMUM, period.minimumCount());
        execution.setVariableLocal(PlanVariables.DEADLINE, Date.from(period.deadline().toInstant()));
        execution.setVariableLocal(PlanVariables.REMINDER_AT, Date.from(period.reminderAt().toInstant()));
        execution.setVariableLocal(PlanVariables.JUDGED_AT, Date.from(period.judgedAt().toInstant()));
    }
}
