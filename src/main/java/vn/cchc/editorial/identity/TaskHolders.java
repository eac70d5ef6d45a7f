package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.system.TaskCandidateGroups;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who holds an open task, as people read it: its assignee by name and unit ({@link PersonNames}), else the
 * units it is offered to by their names, else "chưa có người nhận". The candidates of a list of tasks are read
 * in one query ({@link TaskCandidateGroups}), which checks no permission: pass tasks the caller read through the
 * engine's task query (the dashboard's readers with their own permissions; "Tin bài của tôi" as the system).
 */
@Component
public class TaskHolders {

    static final String NOBODY = "chưa có người nhận";

    private final TaskCandidateGroups candidates;
    private final PersonNames names;
    private final UnitGroups units;

    public TaskHolders(TaskCandidateGroups candidates, PersonNames names, UnitGroups units) {
        this.candidates = candidates;
        this.names = names;
        this.units = units;
    }

    public String of(Task task) {
        return of(List.of(task)).get(task.getId());
    }

    /** Who holds each of these tasks, by task id, in their order; one query for the candidates of them all. */
    public Map<String, String> of(Collection<? extends Task> tasks) {
        Map<String, Set<String>> groups = candidates.of(tasks.stream().filter(t -> t.getAssignee() == null).map(Task::getId).toList());
        Map<String, String> holders = new LinkedHashMap<>();
        for (Task task : tasks) {
            holders.put(task.getId(), task.getAssignee() != null ? names.withUnit(task.getAssignee())
                    : groups.getOrDefault(task.getId(), Set.of()).stream().map(units::nameOf).collect(Collectors.joining(", ")));
        }
        holders.replaceAll((id, holder) -> holder.isEmpty() ? NOBODY : holder);
        return holders;
    }
}
