package vn.cchc.editorial.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.InputText;
import vn.cchc.editorial.system.EngineUsers;
import vn.cchc.editorial.system.InvalidInputException;

/**
 * Completing Task_ApproveReport: the decision must be a yes or no, and a send-back must say why (the
 * Office sees the comment on its next check), of at most {@value #COMMENT_MAX} characters. Refused in
 * Vietnamese otherwise; records who approved.
 */
@Component
public class RecordReportDecision implements TaskListener {

    /** The longest comment, in characters; the form gets the same maxLength as Tasklist fetches it (ReportFormRules, ServedFormRules). */
    public static final int COMMENT_MAX = 4000;

    @Override
    public void notify(DelegateTask task) {
        Object approved = task.getVariable(PeriodicReportVariables.APPROVED);
        if (!(approved instanceof Boolean decision)) {
            throw InvalidInputException.atField(PeriodicReportVariables.APPROVED, "Hãy chọn duyệt báo cáo hoặc trả lại Văn phòng.");
        }
        Object comment = task.getVariable(PeriodicReportVariables.DIRECTORS_COMMENT);
        if (!decision && (comment == null || comment.toString().isBlank())) {
            throw InvalidInputException.atField(PeriodicReportVariables.DIRECTORS_COMMENT, "Khi trả lại báo cáo, hãy ghi ý kiến để Văn phòng sửa.");
        }
        if (comment != null) {
            InputText.requireLength(PeriodicReportVariables.DIRECTORS_COMMENT, "Ý kiến của Ban Giám đốc", comment.toString(), COMMENT_MAX);
        }
        if (decision) {
            String user = EngineUsers.currentUser(task.getProcessEngineServices().getIdentityService());
            task.setVariable(PeriodicReportVariables.APPROVED_BY, user == null ? "" : user);
        }
    }
}
