package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The shared task filters of Tasklist, in the order Tasklist lists them. Each is a stored task query
 * evaluated for whoever opens it; a filter shows only the tasks its reader is authorized to see.
 */
public enum TasklistFilter {

    MY_TASKS("Việc của tôi", "Công việc đang giao cho tôi.",
            tasks -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
    UNIT_TASKS("Việc của đơn vị", "Công việc chờ các nhóm, đơn vị của tôi, kể cả việc đã có người nhận.",
            tasks -> tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
    // every review is the Editorial Board's (its candidate group is the plan's board), so the task's key says it all
    AWAITING_REVIEW("Chờ duyệt", "Tin bài chờ Ban Biên tập duyệt.",
            tasks -> tasks.createTaskQuery().taskDefinitionKey("Task_ReviewArticle")),
    OVERDUE("Quá hạn", "Công việc đã quá thời hạn xử lý.",
            tasks -> tasks.createTaskQuery().dueBeforeExpression("${now()}"));

    private final String displayName;
    private final String description;
    private final Function<TaskService, TaskQuery> query;

    TasklistFilter(String displayName, String description, Function<TaskService, TaskQuery> query) {
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
        properties.put("priority", ordinal() * 10);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("variables", List.of(
                Map.of("name", "articleCode", "label", "Mã tin bài"),
                Map.of("name", "title", "label", "Tiêu đề")));
        return properties;
    }
}
