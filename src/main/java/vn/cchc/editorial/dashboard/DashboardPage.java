package vn.cchc.editorial.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Office's dashboard for people (templates/dashboard/*.html), rendered from the same
 * {@link DashboardService} as {@link DashboardApi}; the charts are drawn in the browser from the page's
 * own tables (static/dashboard/dashboard.js), which stay as the text fallback.
 */
@Controller
class DashboardPage {

    static final String TITLE = "Bảng theo dõi kế hoạch tuyên truyền CCHC";

    private final DashboardService dashboard;

    DashboardPage(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/dashboard")
    String overview(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? dashboard.currentYear() : year;
        model.addAttribute("dashboard", dashboard.forYear(shown));
        model.addAttribute("previousYear", dashboard.hasPlan(shown - 1));
        model.addAttribute("nextYear", dashboard.hasPlan(shown + 1));
        model.addAttribute("states", PeriodState.values());
        model.addAttribute("portalTitle", TITLE);
        model.addAttribute("siteHome", "/dashboard");
        return "dashboard/overview";
    }

    @GetMapping("/dashboard/periods/{periodId}")
    String period(@PathVariable String periodId, Model model) {
        model.addAttribute("detail", dashboard.period(periodId));
        model.addAttribute("portalTitle", TITLE);
        model.addAttribute("siteHome", "/dashboard");
        return "dashboard/period";
    }
}
