package vn.cchc.editorial.report;

import static vn.cchc.editorial.EngineClock.*;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.system.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The monthly report of a unit on a plain in-memory engine, driven by the engine clock: opened by the
 * year's plan (the real OpenMonthlyReports and the shipped 2024 plan), submitted on time, late, or never.
 * The database is a mock repository and the figures are a stand-in: counting them is MonthlyFigures' job.
 */
@Deployment(resources = "processes/monthly-unit-report.bpmn")
class MonthlyUnitReportProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine processEngine;

    final PlanCatalog plans = new PlanCatalog((java.nio.file.Path) null);
    final MonthlyReportRepository reports = Mockito.mock(MonthlyReportRepository.class);
    final MonthFigures figures = Mockito.mock(MonthFigures.class);

    /** The application clock as the engine's: ClockUtil, in the plan's zone. */
    final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return plans.timeZone(); }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return ClockUtil.getCurrentTime().toInstant(); }
    };

    @BeforeEach
    void registerTheJavaBehindTheProcess() {
        init(processEngine);
        Mocks.register("prepareMonthlyReport", new PrepareMonthlyReport(figures));
        Mocks.register("recordMonthlyReport", new RecordMonthlyReport(reports, clock));
        Mocks.register("nameTaskAfterReport", new NameTaskAfterReport());
        Mocks.register("recordChaseAction", new RecordChaseAction());
        when(figures.of(any(), any())).thenReturn(new MonthlyFigures(3, 2, 1, 0,
                List.of(new MonthlyFigures.ChannelCount("DEPARTMENT_PORTAL", "Cổng thông tin điện tử của Sở", 2)), List.of()));
        // the plan's ids have dots and hyphens, as the application's engine allows
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        configuration.setUserResourceWhitelistPattern("[a-zA-Z0-9.\\-]+");
        configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9.\\-]+");
        if (identityService().createUserQuery().userId("vp.tacgia").count() == 0) {
            identityService().saveUser(identityService().newUser("vp.tacgia"));
            identityService().saveGroup(identityService().newGroup("van-phong"));
            identityService().createMembership("vp.tacgia", "van-phong");
        }
    }

    @AfterEach
    void resetClockAndMocks() {
        ClockUtil.reset();
        Mocks.reset();
        identityService().clearAuthentication();
    }

    @Test
    void thePlanOpensOneReportPerAuthoringUnitAndMonthOnTheFirstWorkingDayOfTheNextMonth() {
        at("2024-01-02T08:00:00+07:00");
        openReportsOf(2024);

        int authoringUnits = plans.forYear(2024).orElseThrow().authoringUnits().size();
        org.assertj.core.api.Assertions.assertThat(processInstanceQuery().processDefinitionKey("MonthlyUnitReportProcess").count())
                .isEqualTo(12L * authoringUnits);
        ProcessInstance january = report("2024-01:van-phong");
        assertThat(january).isWaitingAt("TimerEvent_ReportOpens").variables()
                .containsEntry("unit", "van-phong").containsEntry("office", "van-phong-theo-doi").containsEntry("monthLabel", "1/2024");
        org.assertj.core.api.Assertions.assertThat(opensAt("2024-01:van-phong")).isEqualTo("2024-02-01T00:00+07:00");
        // 29 April to 1 May 2024 are days off in the plan's calendar
        org.assertj.core.api.Assertions.assertThat(opensAt("2024-04:thanh-tra")).isEqualTo("2024-05-02T00:00+07:00");
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(report("2024-04:thanh-tra").getId(), "dueAt"))
                .isEqualTo(date("2024-05-05T23:59:59+07:00"));

        // opening again (a plan restarted after it was deleted) starts none twice
        openReportsOf(2024);
        org.assertj.core.api.Assertions.assertThat(processInstanceQuery().processDefinitionKey("MonthlyUnitReportProcess").count())
                .isEqualTo(12L * authoringUnits);
    }

    @Test
    void aReportSubmittedByItsDueDateIsStoredOnTimeAndTheOfficeGetsNoTask() {
        ProcessInstance report = startReport();
        runUntil("2024-02-01T08:00:00+07:00");

        assertThat(report).isWaitingAt("Task_SubmitMonthlyReport");
        Task task = task(report);
        assertThat(task).hasCandidateGroup("van-phong").hasName("Báo cáo kết quả tuyên truyền CCHC tháng 1/2024")
                .hasDueDate(date("2024-02-05T23:59:59+07:00"));
        org.assertj.core.api.Assertions.assertThat((String) taskService().getVariable(task.getId(), "monthFigures"))
                .contains("Tin bài đã soạn: 3", "Đã đăng trên Cổng thông tin điện tử của Sở: 2");

        runUntil("2024-02-05T16:00:00+07:00");
        submit(task, filledForm());

        assertThat(report).isEnded().hasPassed("EndEvent_ReportReceived").hasNotPassed("Task_ChaseMonthlyReport");
        MonthlyReport stored = stored();
        org.assertj.core.api.Assertions.assertThat(stored.isLate()).isFalse();
        org.assertj.core.api.Assertions.assertThat(stored.getReportMonth()).isEqualTo("2024-01");
        org.assertj.core.api.Assertions.assertThat(stored.getMeetingsCount()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(stored.getSubmittedBy()).isEqualTo("vp.tacgia");
    }

    @Test
    void pastTheDueDateTheOfficeIsAskedToChaseAndALateReportIsStillAcceptedAndMarkedLate() {
        ProcessInstance report = startReport();
        runUntil("2024-02-06T07:59:00+07:00");
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().taskDefinitionKey("Task_ChaseMonthlyReport").count())
                .as("due on Monday 5/2 at the end of the day, chased at 08:00 on Tuesday").isZero();
        runUntil("2024-02-06T08:00:01+07:00");

        Task chase = taskService().createTaskQuery().taskDefinitionKey("Task_ChaseMonthlyReport").singleResult();
        assertThat(chase).hasCandidateGroup("van-phong-theo-doi")
                .hasName("Đôn đốc báo cáo tháng quá hạn 1/2024 – Văn phòng Sở");
        assertThat(report).isWaitingAt("Task_SubmitMonthlyReport", "Task_ChaseMonthlyReport");

        runUntil("2024-02-07T09:00:00+07:00");
        submit(taskService().createTaskQuery().taskDefinitionKey("Task_SubmitMonthlyReport").singleResult(), filledForm());

        org.assertj.core.api.Assertions.assertThat(stored().isLate()).isTrue();
        assertThat(report).isEnded().hasPassed("EndEvent_ReportReceived");
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
    }

    @Test
    void aReportDueOnAFridayIsChasedAt8OnMondayNotAtMidnightOrOnTheWeekend() {
        // March's report is due on Friday 5 April 2024 at the end of the day
        ProcessInstance report = startReport(YearMonth.of(2024, 3));
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(report.getId(), "chaseAt"))
                .isEqualTo(date("2024-04-08T08:00:00+07:00"));

        runUntil("2024-04-08T07:59:59+07:00");
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().taskDefinitionKey("Task_ChaseMonthlyReport").count()).isZero();
        runUntil("2024-04-08T08:00:01+07:00");
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().taskDefinitionKey("Task_ChaseMonthlyReport").count()).isOne();
        // the unit's own task keeps the due date of the plan: the end of the report day
        assertThat(task(report)).hasDueDate(date("2024-04-05T23:59:59+07:00"));
    }

    @Test
    void aUnitThatNeverReportsIsChasedOnceAndItsTaskStaysOpen() {
        ProcessInstance report = startReport();
        runUntil("2024-03-31T08:00:00+07:00");

        List<Task> chases = taskService().createTaskQuery().taskDefinitionKey("Task_ChaseMonthlyReport").list();
        org.assertj.core.api.Assertions.assertThat(chases).hasSize(1);
        String chase = chases.get(0).getId();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(chase, withVariables("actionTaken", "  ")))
                .hasMessageContaining("Phải ghi biện pháp Văn phòng đã thực hiện");
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().taskId(chase).count()).isOne();
        complete(chases.get(0), withVariables("actionTaken", "Đã gọi điện nhắc đơn vị."));

        assertThat(report).hasPassed("EndEvent_UnitChased").isWaitingAt("Task_SubmitMonthlyReport");
        verify(reports, never()).saveAndFlush(any());
    }

    @Test
    void aNegativeOrNonNumericCountIsRefusedInVietnameseAndTheTaskStaysOpen() {
        ProcessInstance report = startReport();
        runUntil("2024-02-01T08:00:00+07:00");
        Task task = task(report);

        Map<String, Object> negative = filledForm();
        negative.put("videosCount", -1L);
        negative.put("meetingsCount", "hai");
        assertThatThrownBy(() -> submit(task, negative))
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(InvalidInputException.findIn(e)).isPresent())
                .hasMessageContaining("Số hội nghị, cuộc họp có lồng ghép nội dung CCHC phải là số nguyên không âm")
                .hasMessageContaining("Số video trên đài phát thanh, truyền hình, Zalo phải là số nguyên không âm");
        Map<String, Object> fraction = filledForm();
        fraction.put("studyVisitsCount", 1.5d);
        assertThatThrownBy(() -> submit(task, fraction))
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(InvalidInputException.findIn(e)).isPresent())
                .hasMessageContaining("Số chuyến học tập kinh nghiệm phải là số nguyên không âm");

        assertThat(report).isWaitingAt("Task_SubmitMonthlyReport");
        verify(reports, never()).saveAndFlush(any());
        // the form's numbers arrive as Double from Tasklist: a whole one is a count
        Map<String, Object> asTasklistSends = filledForm();
        asTasklistSends.put("meetingsCount", 4.0d);
        submit(task, asTasklistSends);
        org.assertj.core.api.Assertions.assertThat(stored().getMeetingsCount()).isEqualTo(4);
    }

    private void openReportsOf(int year) {
        DelegateExecution execution = Mockito.mock(DelegateExecution.class);
        when(execution.getVariable("year")).thenReturn(year);
        when(execution.getProcessEngineServices()).thenReturn(processEngine);
        new OpenMonthlyReports(plans, clock).execute(execution);
    }

    /** Only the January report of the Office's authors, as the plan opens it. */
    private ProcessInstance startReport() {
        return startReport(YearMonth.of(2024, 1));
    }

    /** The month's report of the Office's authors, as the plan opens it. */
    private ProcessInstance startReport(YearMonth month) {
        at("2024-01-02T08:00:00+07:00");
        var plan = plans.forYear(2024).orElseThrow();
        return runtimeService().startProcessInstanceByKey("MonthlyUnitReportProcess", month + ":van-phong",
                new OpenMonthlyReports(plans, clock).variables(plan, month, plan.unit("van-phong").orElseThrow()));
    }

    private static Map<String, Object> filledForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("meetingsCount", 2L);
        form.put("meetingsNote", "Lồng ghép tại hội nghị giao ban tháng.");
        form.put("partyUnionCount", 1L);
        form.put("partyUnionNote", "Sinh hoạt chi bộ tháng 1.");
        form.put("serviceCentreCount", 0L);
        form.put("videosCount", 0L);
        form.put("studyVisitsCount", 0L);
        form.put("difficulties", "Không có.");
        form.put("proposals", "");
        return form;
    }

    private void submit(Task task, Map<String, Object> form) {
        identityService().setAuthentication("vp.tacgia", List.of("van-phong"));
        try {
            taskService().complete(task.getId(), form);
        } finally {
            identityService().clearAuthentication();
        }
    }

    private MonthlyReport stored() {
        ArgumentCaptor<MonthlyReport> saved = ArgumentCaptor.forClass(MonthlyReport.class);
        verify(reports, Mockito.atLeastOnce()).saveAndFlush(saved.capture());
        return saved.getValue();
    }

    private Task task(ProcessInstance report) {
        return taskService().createTaskQuery().processInstanceId(report.getId()).taskDefinitionKey("Task_SubmitMonthlyReport").singleResult();
    }

    private ProcessInstance report(String businessKey) {
        return processInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
    }

    private String opensAt(String businessKey) {
        Job timer = managementService().createJobQuery().processInstanceId(report(businessKey).getId()).timers().singleResult();
        return OffsetDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneOffset.ofHours(7)).toString();
    }
}
