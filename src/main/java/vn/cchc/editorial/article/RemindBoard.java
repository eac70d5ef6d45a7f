package vn.cchc.editorial.article;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Task_RemindBoard and Task_ChaseProvincialDecision: the waiting task goes to the top of the board's
 * list (high priority) with a reminder comment on it, both visible in Tasklist.
 */
@Component
public class RemindBoard implements JavaDelegate {

    static final int REMINDED_PRIORITY = 80;

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        String waitingTask = "Task_RemindBoard".equals(execution.getCurrentActivityId())
                ? "Task_ReviewArticle" : "Task_RecordProvincialDecision";
        String note = "Task_RemindBoard".equals(execution.getCurrentActivityId())
                ? "Nhắc: tin bài đã chờ Ban Biên tập duyệt quá thời hạn."
                : "Nhắc: chưa có kết quả duyệt của tỉnh, đề nghị liên hệ đơn vị quản lý kênh.";
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(waitingTask).list()) {
            if (task.getPriority() < REMINDED_PRIORITY) {
                task.setPriority(REMINDED_PRIORITY);
                tasks.saveTask(task);
            }
            tasks.createComment(task.getId(), execution.getProcessInstanceId(), note);
        }
    }
}
