package vn.cchc.editorial.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The periodic report's tasks (Task_CheckReport, Task_ApproveReport, Task_EscalateReport) name their report:
 * "Duyệt báo cáo định kỳ" becomes "Duyệt báo cáo định kỳ – quý I năm 2024", so that two reports open at once
 * are told apart in Tasklist, as the monthly reports' tasks name their month ({@link NameTaskAfterReport}).
 */
@Component
public class NameTaskAfterPeriodicReport implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.setName("%s – %s".formatted(task.getName(), task.getVariable(PeriodicReportVariables.PERIOD_LABEL)));
    }
}
