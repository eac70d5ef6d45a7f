package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/**
 * Who holds an open task, as people read it: its assignee by name and unit ({@link PersonNames}), else the
 * units it is offered to by their names, else "chưa có người nhận". Reads the task's candidates with the
 * caller's permissions (the dashboard's readers may read them; "Tin bài của tôi" asks as the system).
 */
@Component
public class TaskHolders {

    static final String NOBODY = "chưa có người nhận";

    private final TaskService tasks;
    private final PersonNames names;
    private final UnitGroups units;

    public TaskHolders(TaskService tasks, PersonNames names, UnitGroups units) {
        this.tasks = tasks;
        this.names = names;
        this.units = units;
    }

    public String of(Task task) {
        if (task.getAssignee() != null) {
            return names.withUnit(task.getAssignee());
        }
        String groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).distinct().map(units::nameOf).collect(Collectors.joining(", "));
        return groups.isEmpty() ? NOBODY : groups;
    }
}
