package vn.cchc.editorial.report;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.system.EngineUsers;
import vn.cchc.editorial.system.InvalidInputException;

import java.time.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The periodic reports to Sở Nội vụ as the Office works on them, one source for the API
 * (/api/reports/periodic/…) and the dashboard's pages: where each report of a year stands, its files,
 * and the Office's corrected .docx. The Office's monitors and the Directors of the report's plan read;
 * only the Office uploads a correction, while its check task is open. Every refusal is an
 * {@link InvalidInputException} (400) or {@link AuthorizationException} (403) in Vietnamese.
 */
@Service
public class PeriodicReports {

    private static final Logger log = LoggerFactory.getLogger(PeriodicReports.class);
    static final String CHECK_TASK = "Task_CheckReport";
    static final String APPROVE_TASK = "Task_ApproveReport";
    static final String ESCALATION_TASK = "Task_EscalateReport";

    /** Where a report stands. */
    public enum Stage {
        NOT_STARTED("Chưa mở: kế hoạch năm chưa được khởi động"),
        WAITING("Chưa đến ngày lập dự thảo"),
        CHECKING("Văn phòng đang kiểm tra dự thảo"),
        WITH_DIRECTORS("Chờ Ban Giám đốc duyệt"),
        APPROVED("Ban Giám đốc đã duyệt"),
        ENDED("Đã kết thúc, không có bản duyệt");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One report of a year, as the Office's page lists it.
     *
     * @param period      "2024-Q1"
     * @param label       "quý I năm 2024"
     * @param stageLabel  the stage in Vietnamese
     * @param escalated   whether the Office's head holds an open task because it was not approved in time
     * @param hasDraft    whether a draft (generated or corrected) can be downloaded
     * @param correctedBy who uploaded the current draft, or null while it is the generated one
     * @param directorsComment the Directors' last comment when they sent it back, or null
     * @param mayCorrect  whether the caller may upload a correction now (the Office, while it checks)
     */
    public record Summary(String period, String label, LocalDate windowStart, LocalDate windowEnd, Instant dueAt,
                          Stage stage, String stageLabel, boolean escalated, boolean hasDraft, String correctedBy,
                          String directorsComment, boolean mayCorrect) {
    }

    private final PeriodicFiguresCounter figures;
    private final IdentityService identity;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Clock clock;

    PeriodicReports(PeriodicFiguresCounter figures, IdentityService identity, HistoryService history,
                    RuntimeService runtime, TaskService tasks, Clock clock) {
        this.figures = figures;
        this.identity = identity;
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * The four reports of a year, in the order they fall due.
     *
     * @throws InvalidInputException for a year without a plan
     */
    public List<Summary> ofYear(int year) {
        Plan plan = figures.plan(new ReportPeriod(year, ReportPeriod.Kind.YEAR, 0));
        mayRead(plan);
        boolean office = EngineUsers.currentGroups(identity).contains(plan.office());
        return EngineUsers.asTheSystem(identity, () -> ReportPeriod.of(year).stream()
                .map(period -> summary(plan, period, office)).toList());
    }

    /**
     * One report.
     *
     * @param code "2024-Q1", "2024-H1", "2024-Q3" or "2024-Y"
     * @throws InvalidInputException for a malformed period or a year without a plan
     */
    public Summary of(String code) {
        ReportPeriod period = ReportPeriod.parse(code);
        Plan plan = figures.plan(period);
        mayRead(plan);
        boolean office = EngineUsers.currentGroups(identity).contains(plan.office());
        return EngineUsers.asTheSystem(identity, () -> summary(plan, period, office));
    }

    private Summary summary(Plan plan, ReportPeriod period, boolean office) {
        Optional<HistoricProcessInstance> instance = instance(period);
        Stage stage = instance.map(this::stage).orElse(Stage.NOT_STARTED);
        String id = instance.map(HistoricProcessInstance::getId).orElse(null);
        boolean escalated = id != null && tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(ESCALATION_TASK).count() > 0;
        Object correctedBy = id == null ? null : variable(id, PeriodicReportVariables.CORRECTED_BY);
        Object comment = id == null ? null : variable(id, PeriodicReportVariables.DIRECTORS_COMMENT);
        boolean hasDraft = id != null && variable(id, PeriodicReportVariables.DRAFT) != null;
        return new Summary(period.code(), period.label(), period.windowStart(plan), period.windowEnd(plan),
                period.dueAt(plan, clock).toInstant(), stage, stage.label(), escalated, hasDraft,
                correctedBy == null || correctedBy.toString().isBlank() ? null : correctedBy.toString(),
                stage == Stage.CHECKING && comment != null && !comment.toString().isBlank() ? comment.toString() : null,
                office && stage == Stage.CHECKING);
    }

    private Stage stage(HistoricProcessInstance instance) {
        if (instance.getEndTime() != null) {
            return variable(instance.getId(), PeriodicReportVariables.APPROVED_REPORT) != null ? Stage.APPROVED : Stage.ENDED;
        }
        if (tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(CHECK_TASK).count() > 0) {
            return Stage.CHECKING;
        }
        if (tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(APPROVE_TASK).count() > 0) {
            return Stage.WITH_DIRECTORS;
        }
        return Stage.WAITING;
    }

    private Object variable(String instance, String name) {
        HistoricVariableInstance found = history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(name).disableBinaryFetching().singleResult();
        return found == null ? null : found.getTypeName().equals("file") ? name : found.getValue();
    }

    /** The plan of the report's year, for a caller who may read its reports. */
    Plan readable(ReportPeriod period) {
        Plan plan = figures.plan(period);
        mayRead(plan);
        return plan;
    }

    /**
     * The current draft's bytes (the generated one or the Office's last correction) or the approved one's.
     *
     * @param approved true for the version the Directors approved
     * @throws InvalidInputException when there is none yet
     */
    byte[] docx(ReportPeriod period, boolean approved) {
        readable(period);
        String variable = approved ? PeriodicReportVariables.APPROVED_REPORT : PeriodicReportVariables.DRAFT;
        byte[] bytes = EngineUsers.asTheSystem(identity, () -> instance(period).map(instance -> {
            HistoricVariableInstance found = history.createHistoricVariableInstanceQuery()
                    .processInstanceId(instance.getId()).variableName(variable).singleResult();
            if (found == null || !(found.getTypedValue() instanceof FileValue file)) {
                return null;
            }
            try (InputStream in = file.getValue()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null));
        if (bytes == null) {
            throw new InvalidInputException(approved ? "Báo cáo " + period.label() + " chưa được Ban Giám đốc duyệt."
                    : "Báo cáo " + period.label() + " chưa được lập dự thảo.");
        }
        return bytes;
    }

    /**
     * Replaces the draft with the Office's corrected .docx ({@link CorrectedReport}: a real Word document of
     * at most 10 MB) while the Office's check task is open; nothing is stored on refusal.
     *
     * @param code "2024-Q1"…
     * @param body the file's bytes, read here at most up to the limit
     * @return the stored file's size in bytes
     * @throws AuthorizationException for anyone but the Office's monitors
     * @throws InvalidInputException  for a malformed period, a year without plan, a refused file, or a report not being checked
     */
    public int correct(String code, InputStream body) throws IOException {
        ReportPeriod report = ReportPeriod.parse(code);
        Plan plan = figures.plan(report);
        if (!EngineUsers.currentGroups(identity).contains(plan.office())) {
            throw new AuthorizationException("Chỉ Văn phòng theo dõi được tải lên bản sửa của báo cáo định kỳ.");
        }
        byte[] bytes = CorrectedReport.read(body);
        String user = EngineUsers.currentUser(identity);
        EngineUsers.asTheSystem(identity, () -> {
            String instance = instance(report).map(HistoricProcessInstance::getId).orElse(null);
            boolean checking = instance != null && tasks.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey(CHECK_TASK).count() > 0;
            if (!checking) {
                throw new InvalidInputException("Báo cáo " + report.label() + " không ở bước Văn phòng kiểm tra:"
                        + " chỉ tải lên bản sửa khi việc kiểm tra đang mở.");
            }
            runtime.setVariable(instance, PeriodicReportVariables.DRAFT, PeriodicReportFiles.docx(report, bytes));
            runtime.setVariable(instance, PeriodicReportVariables.CORRECTED_BY, user == null ? "" : user);
            return null;
        });
        log.info("Periodic report {}: corrected draft of {} bytes stored by {}", report.code(), bytes.length, user);
        return bytes.length;
    }

    private void mayRead(Plan plan) {
        List<String> groups = EngineUsers.currentGroups(identity);
        if (!groups.contains(plan.office()) && !groups.contains(plan.directors())) {
            throw new AuthorizationException("Chỉ Văn phòng theo dõi và Ban Giám đốc xem được báo cáo định kỳ.");
        }
    }

    private Optional<HistoricProcessInstance> instance(ReportPeriod report) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PeriodicReportVariables.PROCESS_KEY).processInstanceBusinessKey(report.code())
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst();
    }
}
