package vn.cchc.editorial.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The periodic reports to Sở Nội vụ under /api/reports/periodic (docs/api.md), {period} being
 * "2024-Q1", "2024-H1", "2024-Q3" or "2024-Y". Who may call /api is system.ApiAuthenticationFilter's
 * business; here the Office's monitors and the Directors of the report's plan read, and only the Office
 * uploads a correction, while its check task is open ({@link PeriodicReports}). Refusals (400 malformed
 * period, year without plan, report not drafted yet, bad file; 403 other groups) are problem details from
 * system.ApiRefusals.
 */
@RestController
class PeriodicReportController {

    private final PeriodicFiguresCounter figures;
    private final PeriodicReportDocuments documents;
    private final PeriodicReports reports;

    PeriodicReportController(PeriodicFiguresCounter figures, PeriodicReportDocuments documents, PeriodicReports reports) {
        this.figures = figures;
        this.documents = documents;
        this.reports = reports;
    }

    /** Where each report of the year stands (the dashboard's page of periodic reports shows the same). */
    @GetMapping("/api/reports/periodic")
    List<PeriodicReports.Summary> ofYear(@RequestParam int year) {
        return reports.ofYear(year);
    }

    /** The figures of the report's window as .xlsx, counted now. */
    @GetMapping("/api/reports/periodic/{period}/figures.xlsx")
    ResponseEntity<byte[]> figures(@PathVariable String period) {
        ReportPeriod report = ReportPeriod.parse(period);
        reports.readable(report);
        return file(documents.xlsx(figures.of(report)), "so-lieu-" + report.code() + ".xlsx", PeriodicReportDocuments.XLSX);
    }

    /** The current draft: the generated one, or the Office's last correction. */
    @GetMapping("/api/reports/periodic/{period}/draft.docx")
    ResponseEntity<byte[]> draft(@PathVariable String period) {
        ReportPeriod report = ReportPeriod.parse(period);
        return file(reports.docx(report, false), PeriodicReportFiles.fileName(report), PeriodicReportDocuments.DOCX);
    }

    /** The version the Directors approved, kept with the (possibly ended) process instance. */
    @GetMapping("/api/reports/periodic/{period}/approved.docx")
    ResponseEntity<byte[]> approved(@PathVariable String period) {
        ReportPeriod report = ReportPeriod.parse(period);
        return file(reports.docx(report, true), PeriodicReportFiles.fileName(report), PeriodicReportDocuments.DOCX);
    }

    /**
     * The Office's corrected .docx as the request body (Content-Type {@value PeriodicReportDocuments#DOCX}, at
     * most 10 MB), replacing the draft while the Office's check task is open; nothing is stored on refusal.
     */
    @PutMapping(path = "/api/reports/periodic/{period}/draft", consumes = PeriodicReportDocuments.DOCX)
    Map<String, Object> correct(@PathVariable String period, InputStream body) throws IOException {
        ReportPeriod report = ReportPeriod.parse(period);
        int size = reports.correct(period, body);
        return Map.of("period", report.code(), "stored", PeriodicReportFiles.fileName(report), "size", size);
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String name, String type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(type))
                .body(bytes);
    }
}
