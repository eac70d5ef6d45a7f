package vn.cchc.editorial.dashboard;

import vn.cchc.editorial.identity.PersonNames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;
import vn.cchc.editorial.report.MonthlyReportOverview;
import vn.cchc.editorial.report.PeriodicReports;
import vn.cchc.editorial.system.ApiAuthenticationFilter;
import vn.cchc.editorial.system.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

/**
 * The Office's report pages beside the dashboard (templates/dashboard/reports-*.html), for the Office's
 * monitors and the Directors (system.ApiAuthenticationFilter: others 403, anonymous to the login):
 * <ul>
 *   <li>{@code /dashboard/reports/{yyyy-MM}}: every unit's report on a month, from the same
 *       {@link MonthlyReportOverview} as {@code GET /api/reports/monthly/{yyyy-MM}};</li>
 *   <li>{@code /dashboard/reports/periodic?year=} and {@code /dashboard/reports/periodic/{period}}: the
 *       periodic reports to Sở Nội vụ ({@link PeriodicReports}), their files, and the Office's upload of a
 *       corrected .docx through a form (multipart, the session's CSRF token in its field).</li>
 * </ul>
 * A malformed month or period and a year without a plan are the shared error page (400) with the
 * Vietnamese message; a refused upload is the same page again with the refusal, answered 400, nothing stored.
 */
@Controller
class ReportPages {

    private static final Logger log = LoggerFactory.getLogger(ReportPages.class);
    static final String FILE_FIELD = "file";

    private final MonthlyReportOverview monthly;
    private final PeriodicReports periodic;
    private final DashboardService dashboard;
    private final PersonNames names;

    ReportPages(MonthlyReportOverview monthly, PeriodicReports periodic, DashboardService dashboard, PersonNames names) {
        this.monthly = monthly;
        this.periodic = periodic;
        this.dashboard = dashboard;
        this.names = names;
    }

    @GetMapping("/dashboard/reports/{month}")
    String month(@PathVariable String month, Model model) {
        MonthlyReportOverview.Month overview = monthly.of(month);
        YearMonth shown = YearMonth.parse(overview.month());
        model.addAttribute("overview", overview);
        // who sent each report, by name: the page shows people, never login ids
        model.addAttribute("names", names);
        model.addAttribute("year", shown.getYear());
        // the months before and after, when their year has a plan (January's previous month is last year's)
        if (dashboard.hasPlan(shown.minusMonths(1).getYear())) {
            model.addAttribute("previous", shown.minusMonths(1).toString());
            model.addAttribute("previousLabel", MonthlyReportOverview.label(shown.minusMonths(1)));
        }
        if (dashboard.hasPlan(shown.plusMonths(1).getYear())) {
            model.addAttribute("next", shown.plusMonths(1).toString());
            model.addAttribute("nextLabel", MonthlyReportOverview.label(shown.plusMonths(1)));
        }
        return page(model, "dashboard/reports-month");
    }

    @GetMapping("/dashboard/reports/periodic")
    String periodic(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? dashboard.currentYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("reports", periodic.ofYear(shown));
        model.addAttribute("previousYear", dashboard.hasPlan(shown - 1));
        model.addAttribute("nextYear", dashboard.hasPlan(shown + 1));
        return page(model, "dashboard/reports-periodic");
    }

    @GetMapping("/dashboard/reports/periodic/{period}")
    String periodicReport(@PathVariable String period, @RequestParam(required = false) String saved, Model model,
                          HttpServletRequest request) {
        PeriodicReports.Summary report = periodic.of(period);
        model.addAttribute("report", report);
        // who uploaded the correction, by name: the page shows people, never login ids
        model.addAttribute("names", names);
        model.addAttribute("year", Integer.parseInt(report.period().substring(0, 4)));
        model.addAttribute("saved", saved != null);
        if (report.mayCorrect()) {
            model.addAttribute("csrfField", ApiAuthenticationFilter.CSRF_FIELD);
            model.addAttribute("csrfToken", ApiAuthenticationFilter.formToken(request));
        }
        return page(model, "dashboard/reports-periodic-one");
    }

    /** The Office's corrected .docx from the page's form; a refusal shows the page again with its message. */
    @PostMapping(path = "/dashboard/reports/periodic/{period}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@PathVariable String period, @RequestParam(name = FILE_FIELD, required = false) MultipartFile file,
                  Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            periodic.correct(period, in);
        } catch (InvalidInputException refused) {
            log.info("Refused the corrected report {} ({}): {}", period, file == null ? "no file" : file.getOriginalFilename(),
                    refused.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("refusal", refused.getMessage());
            return periodicReport(period, null, model, request);
        }
        return "redirect:/dashboard/reports/periodic/" + UriUtils.encodePathSegment(period, StandardCharsets.UTF_8) + "?saved";
    }

    private String page(Model model, String template) {
        model.addAttribute("portalTitle", DashboardPage.TITLE);
        model.addAttribute("siteHome", "/dashboard");
        return template;
    }
}
