package vn.cchc.editorial.system;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Tasklist lists tasks only through filters, and a new installation has none: the Editorial Board would
 * see an empty list. Two shared filters, created once by name and left alone afterwards (an
 * administrator may edit them): "Công việc của tôi" (assigned to me) and "Việc của nhóm tôi" (offered to
 * any of my groups, claimed or not). Everyone may read them, also once authorization is enabled.
 */
@Component
@Order(20)
class TasklistFilters implements ApplicationRunner {

    static final String MY_TASKS = "Công việc của tôi";
    static final String MY_GROUP_TASKS = "Việc của nhóm tôi";

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure(MY_TASKS, 1, "Công việc đang giao cho tôi xử lý",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure(MY_GROUP_TASKS, 2, "Công việc giao cho các nhóm của tôi, đã có người nhận hoặc chưa",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    }

    private void ensure(String name, int priority, String description, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
        filters.saveFilter(filter);

        Authorization everyoneReads = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        everyoneReads.setUserId(Authorization.ANY);
        everyoneReads.setResource(Resources.FILTER);
        everyoneReads.setResourceId(filter.getId());
        everyoneReads.addPermission(Permissions.READ);
        authorizations.saveAuthorization(everyoneReads);
        log.info("Tasklist filter \"{}\" created", name);
    }
}
