package vn.cchc.editorial.report;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.system.EngineUsers;
import vn.cchc.editorial.system.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The periodic reports to Sở Nội vụ under /api/reports/periodic/{period} (docs/api.md), {period} being
 * "2024-Q1", "2024-H1", "2024-Q3" or "2024-Y". Who may call /api is system.ApiAuthenticationFilter's
 * business; here the Office's monitors and the Directors of the report's plan read, and only the Office
 * uploads a correction, while its check task is open. Refusals (400 malformed period, year without plan,
 * report not drafted yet, bad file; 403 other groups) are problem details from system.ApiRefusals.
 */
@RestController
class PeriodicReportController {

    private final PeriodicFiguresCounter figures;
    private final PeriodicReportDocuments documents;
    private final IdentityService identity;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;

    PeriodicReportController(PeriodicFiguresCounter figures, PeriodicReportDocuments documents,
                             IdentityService identity, HistoryService history, RuntimeService runtime,
                             TaskService tasks) {
        this.figures = figures;
        this.documents = documents;
        this.identity = identity;
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** The figures of the report's window as .xlsx, counted now. */
    @GetMapping("/api/reports/periodic/{period}/figures.xlsx")
    ResponseEntity<byte[]> figures(@PathVariable String period) {
        ReportPeriod report = ReportPeriod.parse(period);
        mayRead(figures.plan(report));
        return file(documents.xlsx(figures.of(report)), "so-lieu-" + report.code() + ".xlsx", PeriodicReportDocuments.XLSX);
    }

    /** The current draft: the generated one, or the Office's last correction. */
    @GetMapping("/api/reports/periodic/{period}/draft.docx")
    ResponseEntity<byte[]> draft(@PathVariable String period) {
        ReportPeriod report = ReportPeriod.parse(period);
        mayRead(figures.plan(report));
        return docx(report, PeriodicReportVariables.DRAFT, "Báo cáo " + report.label() + " chưa được lập dự thảo.");
    }

    /** The version the Directors approved, kept with the (possibly ended) process instance. */
    @GetMapping("/api/reports/periodic/{period}/approved.docx")
    ResponseEntity<byte[]> approved(@PathVariable String period) {
        ReportPeriod report = ReportPeriod.parse(period);
        mayRead(figures.plan(report));
        return docx(report, PeriodicReportVariables.APPROVED_REPORT, "Báo cáo " + report.label()
                + " chưa được Ban Giám đốc duyệt.");
    }

    /**
     * The Office's corrected .docx as the request body (Content-Type {@value PeriodicReportDocuments#DOCX}, at
     * most 10 MB), replacing the draft while the Office's check task is open; nothing is stored on refusal.
     */
    @PutMapping(path = "/api/reports/periodic/{period}/draft", consumes = PeriodicReportDocuments.DOCX)
    Map<String, String> correct(@PathVariable String period, InputStream body) throws IOException {
        ReportPeriod report = ReportPeriod.parse(period);
        Plan plan = figures.plan(report);
        if (!EngineUsers.currentGroups(identity).contains(plan.office())) {
            throw new AuthorizationException("Chỉ Văn phòng theo dõi được tải lên bản sửa của báo cáo định kỳ.");
        }
        byte[] bytes = CorrectedReport.read(body);
        String user = EngineUsers.currentUser(identity);
        EngineUsers.asTheSystem(identity, () -> {
            String instance = instance(report).map(HistoricProcessInstance::getId).orElse(null);
            boolean checking = instance != null && tasks.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey("Task_CheckReport").count() > 0;
            if (!checking) {
                throw new InvalidInputException("Báo cáo " + report.label() + " không ở bước Văn phòng kiểm tra:"
                        + " chỉ tải lên bản sửa khi việc kiểm tra đang mở.");
            }
            runtime.setVariable(instance, PeriodicReportVariables.DRAFT, PeriodicReportFiles.docx(report, bytes));
            runtime.setVariable(instance, PeriodicReportVariables.CORRECTED_BY, user == null ? "" : user);
            return null;
        });
        return Map.of("period", report.code(), "stored", PeriodicReportFiles.fileName(report),
                "size", String.valueOf(bytes.length));
    }

    private void mayRead(Plan plan) {
        List<String> groups = EngineUsers.currentGroups(identity);
        if (!groups.contains(plan.office()) && !groups.contains(plan.directors())) {
            throw new AuthorizationException("Chỉ Văn phòng theo dõi và Ban Giám đốc xem được báo cáo định kỳ.");
        }
    }

    private java.util.Optional<HistoricProcessInstance> instance(ReportPeriod report) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PeriodicReportVariables.PROCESS_KEY).processInstanceBusinessKey(report.code())
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst();
    }

    private ResponseEntity<byte[]> docx(ReportPeriod report, String variable, String missing) {
        byte[] bytes = EngineUsers.asTheSystem(identity, () -> instance(report).map(instance -> {
            HistoricVariableInstance found = history.createHistoricVariableInstanceQuery()
                    .processInstanceId(instance.getId()).variableName(variable).singleResult();
            if (found == null || !(found.getTypedValue() instanceof FileValue file)) {
                return null;
            }
            try (InputStream in = file.getValue()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).orElse(null));
        if (bytes == null) {
            throw new InvalidInputException(missing);
        }
        return file(bytes, PeriodicReportFiles.fileName(report), PeriodicReportDocuments.DOCX);
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String name, String type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(type))
                .body(bytes);
    }
}
