package vn.cchc.editorial.quota;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.InputText;
import vn.cchc.editorial.system.InvalidInputException;

/** Completion of Task_HandleMissedQuota: the Office must say what it did about the miss. */
@Component
public class RecordMissedQuotaAction implements TaskListener {

    /** The longest account of what was done, in characters: what the engine keeps in a variable's text column. */
    public static final int ACTION_MAX = 4000;

    @Override
    public void notify(DelegateTask task) {
        String text = InputText.of(task.getVariable(PlanVariables.ACTION_TAKEN));
        if (text.isEmpty()) {
            throw InvalidInputException.atField(PlanVariables.ACTION_TAKEN, "Phải ghi biện pháp Văn phòng đã thực hiện đối với kỳ không đạt chỉ tiêu.");
        }
        InputText.requireLength(PlanVariables.ACTION_TAKEN, "Nội dung biện pháp", text, ACTION_MAX);
        task.setVariable(PlanVariables.ACTION_TAKEN, text);
    }
}
