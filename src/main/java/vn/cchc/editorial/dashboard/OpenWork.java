package vn.cchc.editorial.dashboard;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.identity.TaskHolders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Open tasks for the dashboard: those past their due date, and the escalations. Read through the
 * engine as the caller (ApiAuthenticationFilter sets the user), so the caller's grants decide what is listed.
 */
@Component
class OpenWork {

    /** The escalation tasks of the processes (docs/process-model.md). */
    static final List<String> ESCALATIONS = List.of("Task_HandleMissedQuota", "Task_InterveneInReview", "Task_InterveneInHandOff");
    /** The most tasks one list shows: the dashboard is an overview, Tasklist and Cockpit have the rest. */
    static final int LIST_MAX = 50;
    private static final String PERIOD_ID = "periodId";

    private final TaskService tasks;
    private final TaskHolders holders;
    private final Clock clock;

    OpenWork(TaskService tasks, TaskHolders holders, Clock clock) {
        this.tasks = tasks;
        this.holders = holders;
        this.clock = clock;
    }

    /** @param cockpit from a process instance id to its Cockpit link, or null ({@link DashboardLinks#cockpitForCaller()}) */
    List<Dashboard.OpenTask> overdue(UnaryOperator<String> cockpit) {
        Instant now = clock.instant();
        return open(tasks.createTaskQuery().active().dueBefore(Date.from(now)).orderByDueDate().asc()
                .listPage(0, LIST_MAX), now, cockpit);
    }

    List<Dashboard.OpenTask> escalations(UnaryOperator<String> cockpit) {
        Instant now = clock.instant();
        return open(tasks.createTaskQuery().active().taskDefinitionKeyIn(ESCALATIONS.toArray(String[]::new))
                .orderByTaskCreateTime().asc().listPage(0, LIST_MAX), now, cockpit);
    }

    private List<Dashboard.OpenTask> open(List<Task> list, Instant now, UnaryOperator<String> cockpit) {
        Map<String, String> holdersById = holders.of(list);
        return list.stream().map(t -> open(t, holdersById.get(t.getId()), now, cockpit)).toList();
    }

    private Dashboard.OpenTask open(Task task, String holder, Instant now, UnaryOperator<String> cockpit) {
        Instant created = task.getCreateTime().toInstant();
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        long overdueDays = due == null || due.isAfter(now) ? 0 : Duration.between(due, now).toDays();
        Object periodId = "Task_HandleMissedQuota".equals(task.getTaskDefinitionKey()) ? tasks.getVariable(task.getId(), PERIOD_ID) : null;
        return new Dashboard.OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), holder, created, due,
                Duration.between(created, now).toDays(), overdueDays, task.getProcessInstanceId(),
                cockpit.apply(task.getProcessInstanceId()), periodId == null ? null : periodId.toString());
    }

}
