package vn.cchc.editorial.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.InputText;
import vn.cchc.editorial.quota.RecordMissedQuotaAction;
import vn.cchc.editorial.system.InvalidInputException;

/**
 * Completion of Task_ChaseMonthlyReport: the Office must say what it did to get the missing report, as the
 * form asks (required, at most {@link RecordMissedQuotaAction#ACTION_MAX} characters); a REST client is
 * held to the same.
 */
@Component
public class RecordChaseAction implements TaskListener {

    static final String ACTION_TAKEN = "actionTaken";

    @Override
    public void notify(DelegateTask task) {
        String text = InputText.of(task.getVariable(ACTION_TAKEN));
        if (text.isEmpty()) {
            throw new InvalidInputException("Phải ghi biện pháp Văn phòng đã thực hiện để đôn đốc đơn vị gửi báo cáo tháng.");
        }
        InputText.requireLength("Nội dung biện pháp", text, RecordMissedQuotaAction.ACTION_MAX);
        task.setVariable(ACTION_TAKEN, text);
    }
}
