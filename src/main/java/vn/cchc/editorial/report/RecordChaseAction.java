package vn.cchc.editorial.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.InputText;
import vn.cchc.editorial.quota.RecordMissedQuotaAction;
import vn.cchc.editorial.system.InvalidInputException;

import java.util.Map;

/**
 * Completion of the Office's tasks about a report that is late: Task_ChaseMonthlyReport (a unit's monthly
 * report not submitted) and Task_EscalateReport (a periodic report not approved by its due date). The
 * Office must say what it did, as the forms ask (required, at most {@link RecordMissedQuotaAction#ACTION_MAX}
 * characters); a REST client is held to the same.
 */
@Component
public class RecordChaseAction implements TaskListener {

    static final String ACTION_TAKEN = "actionTaken";
    /** What an empty account is told, by the task it completes. */
    static final Map<String, String> REQUIRED = Map.of(
            "Task_ChaseMonthlyReport", "Phải ghi biện pháp Văn phòng đã thực hiện để đôn đốc đơn vị gửi báo cáo tháng.",
            PeriodicReports.ESCALATION_TASK, "Phải ghi biện pháp đã thực hiện khi báo cáo định kỳ quá hạn chưa được duyệt.");

    @Override
    public void notify(DelegateTask task) {
        String text = InputText.of(task.getVariable(ACTION_TAKEN));
        if (text.isEmpty()) {
            throw InvalidInputException.atField(ACTION_TAKEN, REQUIRED.getOrDefault(task.getTaskDefinitionKey(),
                    "Phải ghi biện pháp Văn phòng đã thực hiện."));
        }
        InputText.requireLength(ACTION_TAKEN, "Nội dung biện pháp", text, RecordMissedQuotaAction.ACTION_MAX);
        task.setVariable(ACTION_TAKEN, text);
    }
}
