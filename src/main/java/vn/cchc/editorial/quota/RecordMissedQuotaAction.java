package vn.cchc.editorial.quota;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.InvalidInputException;

/** Completion of Task_HandleMissedQuota: the Office must say what it did about the miss. */
@Component
public class RecordMissedQuotaAction implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object action = task.getVariable(PlanVariables.ACTION_TAKEN);
        String text = action == null ? "" : action.toString().strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("Phải ghi biện pháp Văn phòng đã thực hiện đối với kỳ không đạt chỉ tiêu.");
        }
        if (text.length() > 4000) {
            throw new InvalidInputException("Nội dung biện pháp dài quá 4000 ký tự.");
        }
        task.setVariable(PlanVariables.ACTION_TAKEN, text);
    }
}
