package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The shared task filters of Tasklist, in the order Tasklist lists them (by their {@code priority}, lowest
 * first). Each is a stored task query evaluated for whoever opens it; a filter shows only the tasks its reader
 * is authorized to see. Tasklist opens the first one after login and shows each one's count: the first is
 * every role's waiting work (a Board member's reviews, an author's revisions and monthly reports, the
 * Office's escalations), so nobody lands on an empty list while work waits.
 */
public enum TasklistFilter {

    // first even where the filters below were stored earlier with priorities 0 to 30
    WAITING_FOR_ME(-10, "Việc cần làm", "Công việc đang giao cho tôi và công việc chờ nhóm, đơn vị của tôi mà chưa ai nhận.",
            tasks -> tasks.createTaskQuery().or()
                    .taskAssigneeExpression("${currentUser()}")
                    .taskCandidateGroupInExpression("${currentUserGroups()}")
                    .endOr()),
    MY_TASKS(0, "Việc của tôi", "Công việc đang giao cho tôi.",
            tasks -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
    UNIT_TASKS(10, "Việc của đơn vị", "Công việc chờ các nhóm, đơn vị của tôi, kể cả việc đã có người nhận.",
            tasks -> tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
    // every review is the Editorial Board's (its candidate group is the plan's board), so the task's key says it all
    AWAITING_REVIEW(20, "Chờ duyệt", "Tin bài chờ Ban Biên tập duyệt.",
            tasks -> tasks.createTaskQuery().taskDefinitionKey("Task_ReviewArticle")),
    OVERDUE(30, "Quá hạn", "Công việc đã quá thời hạn xử lý.",
            tasks -> tasks.createTaskQuery().dueBeforeExpression("${now()}"));

    private final int priority;
    private final String displayName;
    private final String description;
    private final Function<TaskService, TaskQuery> query;

    TasklistFilter(int priority, String displayName, String description, Function<TaskService, TaskQuery> query) {
        this.priority = priority;
        this.displayName = displayName;
        this.description = description;
        this.query = query;
    }

    public String displayName() {
        return displayName;
    }

    TaskQuery query(TaskService tasks) {
        return query.apply(tasks);
    }

    /** Tasklist's filter properties: order, description, auto-refresh and the item's code and title as columns. */
    Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("variables", List.of(
                Map.of("name", "articleCode", "label", "Mã tin bài"),
                Map.of("name", "title", "label", "Tiêu đề")));
        return properties;
    }
}
