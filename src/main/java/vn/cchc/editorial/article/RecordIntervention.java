package vn.cchc.editorial.article;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the Office's intervention tasks: it must say what it did. */
@Component
public class RecordIntervention implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String note = ArticleInputValidator.text(task.getVariable(ArticleVariables.INTERVENTION_NOTE));
        if (note.isEmpty()) {
            throw new InvalidInputException("Phải ghi nội dung Văn phòng đã đôn đốc, xử lý.");
        }
        if (note.length() > 4000) {
            throw new InvalidInputException("Nội dung đôn đốc dài quá 4000 ký tự.");
        }
    }
}
