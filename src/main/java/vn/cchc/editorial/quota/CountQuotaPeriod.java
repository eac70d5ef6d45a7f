package vn.cchc.editorial.quota;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.plan.QuotaPeriod;

/**
 * Task_CountAtStart and Task_JudgeAtDeadline: counts what the period achieved (QuotaCounter decides
 * what counts) and, for the Office, which of the lead unit's items are still in progress.
 */
@Component
public class CountQuotaPeriod implements JavaDelegate {

    private final QuotaPeriods periods;
    private final QuotaCounter counter;

    public CountQuotaPeriod(QuotaPeriods periods, QuotaCounter counter) {
        this.periods = periods;
        this.counter = counter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        QuotaPeriod period = periods.find((String) execution.getVariable(PlanVariables.PERIOD_ID));
        int achieved = counter.achieved(period);
        boolean met = achieved >= period.minimumCount();
        execution.setVariable(PlanVariables.ACHIEVED, achieved);
        execution.setVariable(PlanVariables.QUOTA_MET, met);
        if (!met) {
            var inProgress = counter.itemsInProgress(period);
            execution.setVariable(PlanVariables.ITEMS_IN_PROGRESS,
                    inProgress.isEmpty() ? "Không có tin bài nào đang xử lý." : String.join("\n", inProgress));
        }
    }
}
