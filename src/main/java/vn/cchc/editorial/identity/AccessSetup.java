package vn.cchc.editorial.identity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, in every profile: the groups of the plan's units and roles, the shared Tasklist filters
 * and each group's grants (docs/security.md). Each step creates only what is missing.
 */
@Component
@Order(5)
class AccessSetup implements ApplicationRunner {

    private final UnitGroups unitGroups;
    private final TasklistFilters tasklistFilters;
    private final GroupGrants groupGrants;

    AccessSetup(UnitGroups unitGroups, TasklistFilters tasklistFilters, GroupGrants groupGrants) {
        this.unitGroups = unitGroups;
        this.tasklistFilters = tasklistFilters;
        this.groupGrants = groupGrants;
    }

    @Override
    public void run(ApplicationArguments args) {
        unitGroups.ensureGroups();
        groupGrants.apply(tasklistFilters.ensureFilters());
    }
}
