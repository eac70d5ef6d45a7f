package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.authorization.Groups;
import vn.cchc.editorial.system.ApiAuthenticationFilter;

/**
 * The groups and applications that are not the plan's: the units, the Editorial Board, the Office's monitors
 * and the Directors are the plan file's ({@link UnitGroups#withRole}); see docs/security.md.
 */
public final class Roles {

    public static final String ADMINISTRATORS = Groups.CAMUNDA_ADMIN;

    /** Not a Camunda webapp: the APPLICATION resource id that opens /dashboard and /api. */
    public static final String DASHBOARD_APPLICATION = ApiAuthenticationFilter.APPLICATION;

    private Roles() {
    }
}
