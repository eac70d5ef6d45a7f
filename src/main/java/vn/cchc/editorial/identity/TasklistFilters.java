package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;

/**
 * Creates the shared Tasklist filters that are missing, found by name. An existing filter is left as it
 * is, so an administrator may refine one in Tasklist without a restart undoing it.
 */
@Component
public class TasklistFilters {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    private final FilterService filters;
    private final TaskService tasks;

    public TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    /** The id of each filter, created when missing. */
    public Map<TasklistFilter, String> ensureFilters() {
        Map<TasklistFilter, String> ids = new EnumMap<>(TasklistFilter.class);
        for (TasklistFilter filter : TasklistFilter.values()) {
            Filter existing = filters.createTaskFilterQuery().filterName(filter.displayName())
                    .orderByFilterId().asc().listPage(0, 1).stream().findFirst().orElse(null);
            if (existing == null) {
                existing = filters.saveFilter(filters.newTaskFilter(filter.displayName())
                        .setQuery(filter.query(tasks))
                        .setProperties(filter.properties()));
                log.info("Tasklist filter \"{}\" created", filter.displayName());
            }
            ids.put(filter, existing.getId());
        }
        return ids;
    }
}
