package vn.cchc.editorial.dashboard;

import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/** The addresses the dashboard links to, relative to the application's root. */
final class DashboardLinks {

    private DashboardLinks() {
    }

    /** The page that lists a period's counted items and its escalation task. */
    static String period(String periodId) {
        return "/dashboard/periods/" + UriUtils.encodePathSegment(periodId, StandardCharsets.UTF_8);
    }

    /** A process instance in Cockpit (read-only for the Office and the directors, docs/security.md). */
    static String cockpit(String camundaPath, String processInstanceId) {
        return camundaPath + "/app/cockpit/default/#/process-instance/" + processInstanceId;
    }
}
