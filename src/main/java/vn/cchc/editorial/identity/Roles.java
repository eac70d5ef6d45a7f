package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.authorization.Groups;
import vn.cchc.editorial.system.ApiAuthenticationFilter;

/** The Camunda groups that have a role of their own beyond writing items (docs/security.md). */
public final class Roles {

    /** Ban Biên tập: reviews every item and records the provincial channels' decisions. */
    public static final String EDITORIAL_BOARD = "ban-bien-tap";
    /** Văn phòng Sở: also an authoring unit; monitors every instance and handles escalations. */
    public static final String OFFICE = "van-phong";
    /** Ban Giám đốc: reads everything for the dashboard and approves the periodic reports. */
    public static final String DIRECTORS = "ban-giam-doc";
    public static final String ADMINISTRATORS = Groups.CAMUNDA_ADMIN;

    /** Not a Camunda webapp: the APPLICATION resource id that opens /dashboard and /api. */
    public static final String DASHBOARD_APPLICATION = ApiAuthenticationFilter.APPLICATION;

    private Roles() {
    }
}
