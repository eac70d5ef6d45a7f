package vn.cchc.editorial.article;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is completing a task: the authenticated user (Tasklist, REST), else the task's assignee. */
public final class TaskUsers {

    private TaskUsers() {
    }

    public static String actingUser(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        throw new InvalidInputException("Không xác định được người xử lý công việc: hãy đăng nhập và nhận việc trước khi hoàn thành.");
    }
}
