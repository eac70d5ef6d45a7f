package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.cchc.editorial.plan.UnitRole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;

/**
 * The standing grants of each group, the table of docs/security.md. Applied at every start: a missing
 * grant is created, a grant that lacks one of these permissions gets it back, nothing else is touched.
 * What one item's unit may see is granted when the item is registered ({@link UnitAccess}); what a task's
 * assignee and candidate groups may do, Camunda grants when the task is created.
 */
@Component
public class GroupGrants {

    public static final String ARTICLE_PROCESS = "ArticlePublicationProcess";
    public static final String PLAN_PROCESS = "CommunicationPlanProcess";
    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";

    private static final Logger log = LoggerFactory.getLogger(GroupGrants.class);

    /** One group's permissions on one resource id. */
    public record Grant(String groupId, Resource resource, String resourceId, Set<Permission> permissions) {
        Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
            this(groupId, resource, resourceId, new LinkedHashSet<>(Arrays.asList(permissions)));
        }
    }

    private final AuthorizationService authorizations;
    private final UnitGroups groups;

    public GroupGrants(AuthorizationService authorizations, UnitGroups groups) {
        this.authorizations = authorizations;
        this.groups = groups;
    }

    /** Every grant, for the groups that the plan files give each role (every plan read, so no year loses its groups). */
    public List<Grant> table(Map<TasklistFilter, String> filterIds) {
        List<Grant> grants = new ArrayList<>();
        Set<String> authoringUnits = groups.withRole(UnitRole.AUTHORING);
        Set<String> tasklistUsers = new LinkedHashSet<>(authoringUnits);
        tasklistUsers.addAll(groups.withRole(UnitRole.EDITORIAL_BOARD));
        tasklistUsers.addAll(groups.withRole(UnitRole.OFFICE));
        tasklistUsers.addAll(groups.withRole(UnitRole.DIRECTORS));

        for (String unit : authoringUnits) {
            // start an item from Tasklist's start form
            grants.add(new Grant(unit, Resources.PROCESS_DEFINITION, ARTICLE_PROCESS, ProcessDefinitionPermissions.READ, CREATE_INSTANCE));
            grants.add(new Grant(unit, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
        }
        for (String group : tasklistUsers) {
            grants.add(new Grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
            // the group's own name, shown beside its tasks
            grants.add(new Grant(group, Resources.GROUP, group, Permissions.READ));
            // colleagues' names (PersonNames): Tasklist shows a task's assignee by name only to who may read the user
            grants.add(new Grant(group, Resources.USER, ANY, Permissions.READ));
            grants.add(new Grant(group, Resources.FILTER, filterIds.get(TasklistFilter.WAITING_FOR_ME), Permissions.READ));
            grants.add(new Grant(group, Resources.FILTER, filterIds.get(TasklistFilter.MY_TASKS), Permissions.READ));
            grants.add(new Grant(group, Resources.FILTER, filterIds.get(TasklistFilter.UNIT_TASKS), Permissions.READ));
            grants.add(new Grant(group, Resources.FILTER, filterIds.get(TasklistFilter.OVERDUE), Permissions.READ));
        }

        // the board reviews every item: it reads every item's instance and history, its tasks come from Camunda
        for (String board : groups.withRole(UnitRole.EDITORIAL_BOARD)) {
            grants.add(new Grant(board, Resources.PROCESS_DEFINITION, ARTICLE_PROCESS,
                    ProcessDefinitionPermissions.READ, READ_INSTANCE, READ_HISTORY));
            grants.add(new Grant(board, Resources.FILTER, filterIds.get(TasklistFilter.AWAITING_REVIEW), Permissions.READ));
        }

        // the Office's monitors (not its authors) see every instance in Cockpit and the dashboard, and start the year's plan
        for (String office : groups.withRole(UnitRole.OFFICE)) {
            grants.add(new Grant(office, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
            grants.add(new Grant(office, Resources.APPLICATION, Roles.DASHBOARD_APPLICATION, Permissions.ACCESS));
            grants.add(new Grant(office, Resources.PROCESS_DEFINITION, ANY,
                    ProcessDefinitionPermissions.READ, READ_INSTANCE, READ_HISTORY, READ_TASK));
            // Cockpit's task overview asks for READ on every task, not only on the definitions' tasks
            grants.add(new Grant(office, Resources.TASK, ANY, Permissions.READ));
            grants.add(new Grant(office, Resources.PROCESS_DEFINITION, PLAN_PROCESS, ProcessDefinitionPermissions.READ, CREATE_INSTANCE));
            grants.add(new Grant(office, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
            grants.add(new Grant(office, Resources.FILTER, filterIds.get(TasklistFilter.AWAITING_REVIEW), Permissions.READ));
        }

        // the Directors read everything for the dashboard, its task lists included; no Cockpit, so the
        // dashboard gives them no Cockpit links (docs/security.md)
        for (String directors : groups.withRole(UnitRole.DIRECTORS)) {
            grants.add(new Grant(directors, Resources.APPLICATION, Roles.DASHBOARD_APPLICATION, Permissions.ACCESS));
            grants.add(new Grant(directors, Resources.PROCESS_DEFINITION, ANY,
                    ProcessDefinitionPermissions.READ, READ_INSTANCE, READ_HISTORY, READ_TASK));
        }

        // administrators: everything, as Camunda's own first-admin setup grants (they also bypass checks)
        for (Resources resource : Resources.values()) {
            grants.add(new Grant(Roles.ADMINISTRATORS, resource, ANY, Permissions.ALL));
        }
        return grants;
    }

    public void apply(Map<TasklistFilter, String> filterIds) {
        int changed = 0;
        for (Grant grant : table(filterIds)) {
            // nodes starting together take turns (StartupLock), so another node's grant is seen here
            if (ensure(grant)) {
                changed++;
            }
        }
        if (changed > 0) {
            log.info("{} group authorizations created or completed", changed);
        }
    }

    private boolean ensure(Grant grant) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(grant.groupId())
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.groupId());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        } else if (grant.permissions().stream().allMatch(authorization::isPermissionGranted)) {
            return false;
        }
        for (Permission permission : grant.permissions()) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
        return true;
    }
}
