package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * An item belongs to its author's unit: the unit reads its process instance while it runs and its history
 * afterwards, and no other unit does. Camunda deletes the runtime grant when the instance ends; the
 * history grant gets the history's removal time at the end (system/HistoricGrantsEndWithHistory) and goes
 * with it in the history cleanup.
 */
@Component
public class UnitAccess {

    private final AuthorizationService authorizations;

    public UnitAccess(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public void shareWithUnit(String processInstanceId, String unit) {
        grant(unit, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
        grant(unit, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }
}
