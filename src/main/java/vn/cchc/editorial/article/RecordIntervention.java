package vn.cchc.editorial.article;

import vn.cchc.editorial.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the Office's intervention tasks: it must say what it did. */
@Component
public class RecordIntervention implements TaskListener {

    /** The longest note, in characters: what the engine keeps in a variable's text column. */
    public static final int NOTE_MAX = 4000;

    @Override
    public void notify(DelegateTask task) {
        String note = ArticleInputValidator.text(task.getVariable(ArticleVariables.INTERVENTION_NOTE));
        if (note.isEmpty()) {
            throw InvalidInputException.atField(ArticleVariables.INTERVENTION_NOTE, "Phải ghi nội dung Văn phòng đã đôn đốc, xử lý.");
        }
        InputText.requireLength(ArticleVariables.INTERVENTION_NOTE, "Nội dung đôn đốc", note, NOTE_MAX);
        task.setVariable(ArticleVariables.INTERVENTION_NOTE, note);
    }
}
