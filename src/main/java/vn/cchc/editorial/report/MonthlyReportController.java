package vn.cchc.editorial.report;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/reports/monthly/{yyyy-MM}: every authoring unit's report on the month (docs/api.md). Who may
 * call /api is system.ApiAuthenticationFilter's business (the Office's monitors and the Directors);
 * refusals are answered as problem details by system.ApiRefusals.
 */
@RestController
class MonthlyReportController {

    private final MonthlyReportOverview overview;

    MonthlyReportController(MonthlyReportOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/api/reports/monthly/{month}")
    MonthlyReportOverview.Month month(@PathVariable String month) {
        return overview.of(month);
    }
}
