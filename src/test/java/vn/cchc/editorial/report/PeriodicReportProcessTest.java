package vn.cchc.editorial.report;

import static vn.cchc.editorial.EngineClock.*;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.system.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.Mockito.when;

/**
 * The periodic report to Sở Nội vụ on a plain in-memory engine, driven by the engine clock: opened by the
 * year's plan (the real OpenPeriodicReports and the shipped 2024 plan), drafted when its window closes,
 * corrected by the Office and approved by the Directors; sent back; not approved by its due date. The
 * draft's content is a stand-in here (PeriodicReportDocumentsTest reads the real one).
 */
@Deployment(resources = "processes/periodic-report.bpmn")
class PeriodicReportProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine processEngine;

    final PlanCatalog plans = new PlanCatalog((java.nio.file.Path) null);
    /** The application clock as the engine's, in the plan's zone. */
    final java.time.Clock clock = new vn.cchc.editorial.system.ApplicationClock(plans.timeZone());
    final Plan plan = plans.forYear(2024).orElseThrow();

    @BeforeEach
    void registerTheJavaBehindTheProcess() {
        init(processEngine);
        Mocks.register("draftPeriodicReport", (JavaDelegate) execution -> execution.setVariable("draft",
                PeriodicReportFiles.docx(ReportPeriod.parse((String) execution.getVariable("period")),
                        "generated".getBytes(StandardCharsets.UTF_8))));
        Mocks.register("keepApprovedReport", new KeepApprovedReport());
        Mocks.register("recordReportDecision", new RecordReportDecision());
        Mocks.register("recordChaseAction", new RecordChaseAction());
        Mocks.register("nameTaskAfterPeriodicReport", new NameTaskAfterPeriodicReport());
    }

    @AfterEach
    void resetClockAndMocks() {
        ClockUtil.reset();
        Mocks.reset();
        identityService().clearAuthentication();
    }

    @Test
    void thePlanOpensFourReportsEachWaitingForTheEndOfItsWindow() {
        at("2024-01-02T08:00:00+07:00");
        openReportsOf(2024);

        org.assertj.core.api.Assertions.assertThat(processInstanceQuery().processDefinitionKey("PeriodicReportProcess")
                .list().stream().map(ProcessInstance::getBusinessKey).sorted().toList())
                .containsExactly("2024-H1", "2024-Q1", "2024-Q3", "2024-Y");
        ProcessInstance q1 = report("2024-Q1");
        assertThat(q1).isWaitingAt("TimerEvent_WindowClosed").variables()
                .containsEntry("office", "van-phong-theo-doi").containsEntry("directors", "ban-giam-doc")
                .containsEntry("periodLabel", "quý I năm 2024")
                // the default days: due on the 20th of the period's last month, at the end of the day
                .containsEntry("dueAt", date("2024-03-20T23:59:59+07:00"))
                // escalated at 08:00 on the next working day (Wednesday 20/3 → Thursday 21/3)
                .containsEntry("escalateAt", date("2024-03-21T08:00:00+07:00"));
        org.assertj.core.api.Assertions.assertThat(timerOf("2024-Q1")).isEqualTo("2024-03-15T00:00+07:00");
        org.assertj.core.api.Assertions.assertThat(timerOf("2024-Y")).isEqualTo("2024-12-15T00:00+07:00");
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(report("2024-H1").getId(), "dueAt"))
                .isEqualTo(date("2024-06-20T23:59:59+07:00"));

        openReportsOf(2024);
        org.assertj.core.api.Assertions.assertThat(processInstanceQuery().processDefinitionKey("PeriodicReportProcess").count())
                .isEqualTo(4L);
    }

    @Test
    void draftedCorrectedByTheOfficeAndApprovedTheCorrectionIsKept() throws IOException {
        ProcessInstance report = startQ1();
        runUntil("2024-03-14T23:00:00+07:00");
        assertThat(report).isWaitingAt("TimerEvent_WindowClosed");

        runUntil("2024-03-15T08:00:00+07:00");
        assertThat(report).isWaitingAt("Task_CheckReport");
        Task check = task(report, "Task_CheckReport");
        assertThat(check).hasCandidateGroup("van-phong-theo-doi").hasName("Kiểm tra dự thảo báo cáo định kỳ – quý I năm 2024");
        org.assertj.core.api.Assertions.assertThat(bytes(report, "draft")).isEqualTo("generated");

        // the Office uploads a correction (PeriodicReportApiTest goes through the REST endpoint)
        runtimeService().setVariable(report.getId(), "draft", PeriodicReportFiles.docx(ReportPeriod.parse("2024-Q1"),
                "corrected".getBytes(StandardCharsets.UTF_8)));
        taskService().complete(check.getId());

        Task approve = task(report, "Task_ApproveReport");
        assertThat(approve).hasCandidateGroup("ban-giam-doc").hasName("Duyệt báo cáo định kỳ – quý I năm 2024");
        as("bgd.giamdoc", "ban-giam-doc", () -> taskService().complete(approve.getId(), Map.of("approved", true)));

        assertThat(report).isEnded().hasPassed("Task_KeepApproved", "EndEvent_ReportApproved")
                .hasNotPassed("Task_EscalateReport");
        var kept = historyService().createHistoricVariableInstanceQuery().processInstanceId(report.getId())
                .variableName("approvedReport").singleResult();
        try (InputStream in = ((FileValue) kept.getTypedValue()).getValue()) {
            org.assertj.core.api.Assertions.assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("corrected");
        }
        org.assertj.core.api.Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(report.getId()).variableName("approvedBy").singleResult().getValue()).isEqualTo("bgd.giamdoc");
    }

    @Test
    void sentBackWithACommentReturnsToTheOfficeAndASendBackWithoutOneIsRefused() {
        ProcessInstance report = startQ1();
        runUntil("2024-03-15T08:00:00+07:00");
        taskService().complete(task(report, "Task_CheckReport").getId());

        Task approve = task(report, "Task_ApproveReport");
        assertThatThrownBy(() -> taskService().complete(approve.getId(), Map.of("approved", false)))
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(InvalidInputException.findIn(e)).isPresent())
                .hasMessageContaining("hãy ghi ý kiến");
        assertThatThrownBy(() -> taskService().complete(approve.getId(), Map.of("directorsComment", "?")))
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(InvalidInputException.findIn(e)).isPresent());
        assertThatThrownBy(() -> taskService().complete(approve.getId(),
                Map.of("approved", false, "directorsComment", "x".repeat(RecordReportDecision.COMMENT_MAX + 1))))
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(InvalidInputException.findIn(e)).isPresent());
        assertThat(report).isWaitingAt("Task_ApproveReport");

        taskService().complete(approve.getId(), Map.of("approved", false, "directorsComment", "Bổ sung kết quả quý I của Thanh tra Sở."));
        assertThat(report).isWaitingAt("Task_CheckReport").variables()
                .containsEntry("directorsComment", "Bổ sung kết quả quý I của Thanh tra Sở.");

        taskService().complete(task(report, "Task_CheckReport").getId());
        taskService().complete(task(report, "Task_ApproveReport").getId(), Map.of("approved", true));
        assertThat(report).isEnded().hasPassed("EndEvent_ReportApproved");
    }

    @Test
    void notApprovedByItsDueDateEscalatesToTheOfficesHeadWhileTheReviewGoesOn() {
        ProcessInstance report = startQ1();
        runUntil("2024-03-21T07:59:59+07:00");
        assertThat(report).isWaitingAt("Task_CheckReport");
        org.assertj.core.api.Assertions.assertThat(task(report, "Task_EscalateReport")).isNull();

        runUntil("2024-03-21T08:00:01+07:00");
        assertThat(report).isWaitingAt("Task_CheckReport", "Task_EscalateReport");
        Task escalation = task(report, "Task_EscalateReport");
        assertThat(escalation).hasName("Báo cáo định kỳ quá hạn chưa được duyệt (Chánh Văn phòng) – quý I năm 2024");
        assertThat(escalation).hasCandidateGroup("van-phong-theo-doi");
        // the same check as the monthly chase (RecordChaseAction): an account is required, and not too long
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(escalation.getId(), Map.of("actionTaken", "  ")))
                .hasMessageContaining("Phải ghi biện pháp đã thực hiện khi báo cáo định kỳ quá hạn chưa được duyệt.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(escalation.getId(), Map.of()))
                .hasMessageContaining("Phải ghi biện pháp");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(escalation.getId(),
                Map.of("actionTaken", "x".repeat(4001)))).hasMessageContaining("Nội dung biện pháp");
        assertThat(report).isWaitingAt("Task_CheckReport", "Task_EscalateReport");
        taskService().complete(escalation.getId(), Map.of("actionTaken", "  Đã báo cáo Giám đốc, xin lùi hạn 3 ngày. "));
        org.assertj.core.api.Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(report.getId()).variableName("actionTaken").singleResult().getValue())
                .as("stored as checked").isEqualTo("Đã báo cáo Giám đốc, xin lùi hạn 3 ngày.");
        assertThat(report).hasPassed("EndEvent_Escalated").isWaitingAt("Task_CheckReport");

        // approved late: the report is still kept
        taskService().complete(task(report, "Task_CheckReport").getId());
        taskService().complete(task(report, "Task_ApproveReport").getId(), Map.of("approved", true));
        assertThat(report).isEnded().hasPassed("Task_KeepApproved");
    }

    @Test
    void dueOnAFridayTheEscalationComesAt8OnMondayNotOnTheWeekend() {
        at("2024-01-02T08:00:00+07:00");
        ProcessInstance report = runtimeService().startProcessInstanceByKey("PeriodicReportProcess", "2024-Q3",
                OpenPeriodicReports.variables(plan, ReportPeriod.parse("2024-Q3"), clock));
        // quarter III is due on Friday 20 September 2024
        runUntil("2024-09-23T07:59:59+07:00");
        assertThat(report).isWaitingAt("Task_CheckReport");
        org.assertj.core.api.Assertions.assertThat(task(report, "Task_EscalateReport")).isNull();

        runUntil("2024-09-23T08:00:01+07:00");
        assertThat(report).isWaitingAt("Task_CheckReport", "Task_EscalateReport");
        org.assertj.core.api.Assertions.assertThat(task(report, "Task_CheckReport").getDueDate())
                .isEqualTo(date("2024-09-20T23:59:59+07:00"));
    }

    @Test
    void anEscalationStillOpenEndsWithTheApproval() {
        ProcessInstance report = startQ1();
        runUntil("2024-03-21T08:00:01+07:00");
        taskService().complete(task(report, "Task_CheckReport").getId());
        taskService().complete(task(report, "Task_ApproveReport").getId(), Map.of("approved", true));

        assertThat(report).isEnded();
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().processInstanceId(report.getId()).count()).isZero();
    }

    private void openReportsOf(int year) {
        DelegateExecution execution = Mockito.mock(DelegateExecution.class);
        when(execution.getVariable("year")).thenReturn(year);
        when(execution.getProcessEngineServices()).thenReturn(processEngine);
        new OpenPeriodicReports(plans, clock).execute(execution);
    }

    /** Only the first quarter's report, as the plan opens it. */
    private ProcessInstance startQ1() {
        at("2024-01-02T08:00:00+07:00");
        return runtimeService().startProcessInstanceByKey("PeriodicReportProcess", "2024-Q1",
                OpenPeriodicReports.variables(plan, ReportPeriod.parse("2024-Q1"), clock));
    }

    private String bytes(ProcessInstance report, String variable) throws IOException {
        FileValue file = runtimeService().getVariableTyped(report.getId(), variable);
        try (InputStream in = file.getValue()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void as(String user, String group, Runnable work) {
        identityService().setAuthentication(user, List.of(group));
        try {
            work.run();
        } finally {
            identityService().clearAuthentication();
        }
    }

    private Task task(ProcessInstance report, String key) {
        return taskService().createTaskQuery().processInstanceId(report.getId()).taskDefinitionKey(key).singleResult();
    }

    private ProcessInstance report(String businessKey) {
        return processInstanceQuery().processDefinitionKey("PeriodicReportProcess").processInstanceBusinessKey(businessKey).singleResult();
    }

    private String timerOf(String businessKey) {
        Job timer = managementService().createJobQuery().processInstanceId(report(businessKey).getId()).timers().singleResult();
        return OffsetDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneOffset.ofHours(7)).toString();
    }
}
