package vn.cchc.editorial.dashboard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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

    @GetMapping("/api/dashboard/periods/{periodId}")
    PeriodItems period(@PathVariable String periodId) {
        return dashboard.period(periodId);
    }
}
