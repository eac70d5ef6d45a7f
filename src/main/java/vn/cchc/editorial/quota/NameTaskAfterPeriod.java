package vn.cchc.editorial.quota;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task creation: "Nhắc thực hiện chỉ tiêu" becomes "Nhắc thực hiện chỉ tiêu tháng 3/2024 – Cổng thông tin điện tử của Sở". */
@Component
public class NameTaskAfterPeriod implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.setName("%s %s – %s".formatted(task.getName(), task.getVariable(PlanVariables.PERIOD_LABEL),
                task.getVariable(PlanVariables.CHANNEL_NAME)));
    }
}
