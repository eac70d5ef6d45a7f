package vn.cchc.editorial.article;

import vn.cchc.editorial.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.cchc.editorial.system.EngineUsers;

/** Who is completing a task: the authenticated user (Tasklist, REST), else the task's assignee. */
public final class TaskUsers {

    private TaskUsers() {
    }

    public static String actingUser(DelegateTask task) {
        String user = EngineUsers.currentUser(task.getProcessEngineServices().getIdentityService());
        if (user != null) {
            return user;
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        throw new InvalidInputException("Không xác định được người xử lý công việc: hãy đăng nhập và nhận việc trước khi hoàn thành.");
    }
}
