package vn.cchc.editorial.identity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.system.StartupLock;

/**
 * At every start, in every profile: the groups of the plan's units and roles, the shared Tasklist filters
 * and each group's grants (docs/security.md). Each step creates only what is missing, one node at a time.
 */
@Component
@Order(5)
class AccessSetup implements ApplicationRunner {

    private final UnitGroups unitGroups;
    private final TasklistFilters tasklistFilters;
    private final GroupGrants groupGrants;
    private final StartupLock startupLock;

    AccessSetup(UnitGroups unitGroups, TasklistFilters tasklistFilters, GroupGrants groupGrants, StartupLock startupLock) {
        this.unitGroups = unitGroups;
        this.tasklistFilters = tasklistFilters;
        this.groupGrants = groupGrants;
        this.startupLock = startupLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        startupLock.run(() -> {
            unitGroups.ensureGroups();
            groupGrants.apply(tasklistFilters.ensureFilters());
        });
    }
}
