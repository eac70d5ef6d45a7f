package vn.cchc.editorial.dashboard;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import vn.cchc.editorial.system.EngineUsers;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The addresses the dashboard links to, relative to the application's root. A process instance links
 * to Cockpit only for a caller who may open Cockpit (the Office's monitors, administrators): the
 * directors read the dashboard but have no Cockpit, so they get no link that would end on Cockpit's
 * refusal (docs/security.md).
 */
@Component
class DashboardLinks {

    static final String COCKPIT = "cockpit";

    private final AuthorizationService authorizations;
    private final IdentityService identity;
    private final String camundaPath;

    DashboardLinks(AuthorizationService authorizations, IdentityService identity,
                   @Value("${camunda.bpm.webapp.application-path:/camunda}") String camundaPath) {
        this.authorizations = authorizations;
        this.identity = identity;
        this.camundaPath = camundaPath;
    }

    /** The page that lists a period's counted items and its escalation task. */
    static String period(String periodId) {
        return "/dashboard/periods/" + UriUtils.encodePathSegment(periodId, StandardCharsets.UTF_8);
    }

    /** Every unit's report on a month: {@code /dashboard/reports/2024-10}. */
    static String monthlyReports(String month) {
        return "/dashboard/reports/" + month;
    }

    /** A unit's report on the month's page. */
    static String monthlyReport(String month, String unit) {
        return monthlyReports(month) + "#don-vi-" + unit;
    }

    /** The Office's page of a year's periodic reports. */
    static String periodicReports(int year) {
        return "/dashboard/reports/periodic?year=" + year;
    }

    /** One periodic report's page, where the Office uploads its correction. */
    static String periodicReport(String period) {
        return "/dashboard/reports/periodic/" + period;
    }

    /**
     * From a process instance id to its Cockpit page, for the current caller: null (no link) when the
     * caller may not open Cockpit. Without a caller (the application itself) every instance links.
     */
    UnaryOperator<String> cockpitForCaller() {
        String user = EngineUsers.currentUser(identity);
        boolean mayOpen = user == null || authorizations.isUserAuthorized(user, EngineUsers.currentGroups(identity),
                Permissions.ACCESS, Resources.APPLICATION, COCKPIT);
        return id -> mayOpen && id != null ? camundaPath + "/app/cockpit/default/#/process-instance/" + id : null;
    }
}
