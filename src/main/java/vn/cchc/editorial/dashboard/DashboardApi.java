package vn.cchc.editorial.dashboard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code GET /api/dashboard?year=2024} and {@code GET /api/dashboard/periods/{periodId}}: the dashboard's
 * figures for programs (HTTP basic) and the page's people (Camunda login), docs/api.md. Who may call
 * is decided by system.ApiAuthenticationFilter; a year without a plan or an unknown period is a 400.
 */
@RestController
class DashboardApi {

    private final DashboardService dashboard;

    DashboardApi(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/dashboard")
    Dashboard forYear(@RequestParam(required = false) Integer year) {
        return dashboard.forYear(year == null ? dashboard.currentYear() : year);
    }

    /**
     * 200 with the dashboard's address for whoever may open it; everyone else gets the filter's 401 or
     * 403. Asked by the Camunda webapps' script app/cchc/bang-theo-doi.js before it offers the link.
     */
    @GetMapping("/api/dashboard/access")
    Map<String, String> access() {
        return Map.of("dashboard", "/dashboard");
    }

    @GetMapping("/api/dashboard/periods/{periodId}")
    PeriodItems period(@PathVariable String periodId) {
        return dashboard.period(periodId);
    }
}
