package vn.cchc.editorial.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ChaseMonthlyReport: "Đôn đốc báo cáo tháng quá hạn" becomes "… 3/2024 – Văn phòng Sở". */
@Component
public class NameTaskAfterReport implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.setName("%s %s – %s".formatted(task.getName(), task.getVariable(ReportVariables.MONTH_LABEL),
                task.getVariable(ReportVariables.UNIT_NAME)));
    }
}
