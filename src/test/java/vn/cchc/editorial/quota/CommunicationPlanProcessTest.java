package vn.cchc.editorial.quota;

import static vn.cchc.editorial.EngineClock.*;
import org.camunda.bpm.engine.ProcessEngine;
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
import vn.cchc.editorial.system.InvalidInputException;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.QuotaPeriod;
import vn.cchc.editorial.publication.PublicationRecorded;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

/**
 * The year 2024 of Plan 10/KH-STTTT on a plain in-memory engine, driven by the engine clock. The real
 * plan file, delegates and watcher run; only the database count of published items is an in-memory list.
 */
@Deployment(resources = "processes/communication-plan.bpmn")
class CommunicationPlanProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine processEngine;

    final QuotaPeriods periods = new QuotaPeriods(new PlanCatalog((java.nio.file.Path) null));
    final PublishedItems published = new PublishedItems();
    QuotaWatcher watcher;

    /** Publications as the database would hold them: the counting rule stays QuotaCounter's. */
    static class PublishedItems extends QuotaCounter {
        final List<PublicationRecorded> items = new ArrayList<>();

        PublishedItems() {
            super(null, null, null, null);
        }

        @Override
        public int achieved(QuotaPeriod period) {
            return (int) items.stream().filter(i -> i.channel().equals(period.channel())
                    && i.unitCode().equals(period.leadUnit())
                    && QuotaCounter.countsByDate(period, i.publishedOn())).count();
        }

        @Override
        public List<String> itemsInProgress(QuotaPeriod period) {
            return List.of();
        }
    }

    @BeforeEach
    void registerTheJavaBehindTheProcess() {
        init(processEngine);
        // the year's database key is the application's (PlanStartedOnceTest); here the process's own check
        Mocks.register("openPlan", new OpenPlan(periods, org.mockito.Mockito.mock(PlanRuns.class),
                new vn.cchc.editorial.system.ApplicationClock(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
        Mocks.register("openQuotaPeriod", new OpenQuotaPeriod(periods));
        Mocks.register("countQuotaPeriod", new CountQuotaPeriod(periods, published));
        Mocks.register("recordMissedQuotaAction", new RecordMissedQuotaAction());
        Mocks.register("nameTaskAfterPeriod", new NameTaskAfterPeriod());
        // the monthly reports have their own process test (report.MonthlyUnitReportProcessTest)
        Mocks.register("openMonthlyReports", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> { });
        Mocks.register("openPeriodicReports", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> { });
        watcher = new QuotaWatcher(periods, published, processEngine.getRuntimeService(), processEngine.getIdentityService());
    }

    @AfterEach
    void resetClockAndMocks() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void everyPeriodIsJudgedAndRemindedAtEightOnAWorkingDayNeverOnAWeekendNight() {
        at("2024-01-02T08:00:00+07:00");
        ProcessInstance plan = startPlan(2024);

        // the deadline (25th, 20th) is the end of its day; the judgement comes at 08:00 on the first working day after it
        List<String> judged = dueDates(plan, "BoundaryEvent_DeadlinePassed");
        Assertions.assertThat(judged).containsExactlyInAnyOrder(
                "2024-01-26T08:00+07:00", "2024-02-26T08:00+07:00", "2024-03-26T08:00+07:00", "2024-04-26T08:00+07:00",
                "2024-05-27T08:00+07:00", "2024-06-26T08:00+07:00", "2024-07-26T08:00+07:00", "2024-08-26T08:00+07:00",
                "2024-09-26T08:00+07:00", "2024-10-28T08:00+07:00", "2024-11-26T08:00+07:00", "2024-12-26T08:00+07:00",
                "2024-03-21T08:00+07:00", "2024-03-21T08:00+07:00", "2024-06-21T08:00+07:00", "2024-06-21T08:00+07:00",
                "2024-09-23T08:00+07:00", "2024-09-23T08:00+07:00", "2024-12-23T08:00+07:00", "2024-12-23T08:00+07:00");
        // five working days before: Thursday 25 January -> Thursday 18 January; Wednesday 20 March -> 13 March;
        // Thursday 25 April, with Giỗ Tổ on Thursday 18 April -> Wednesday 17 April; Sunday 25 August -> Monday 19
        Assertions.assertThat(dueDates(plan, "BoundaryEvent_ReminderDue")).hasSize(20)
                .contains("2024-01-18T08:00+07:00", "2024-03-13T08:00+07:00", "2024-04-17T08:00+07:00", "2024-08-19T08:00+07:00")
                .allSatisfy(due -> Assertions.assertThat(OffsetDateTime.parse(due).getDayOfWeek())
                        .isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY));
        assertThat(plan).isWaitingAt("Task_AwaitPublications");
        Assertions.assertThat(processInstanceQuery().processInstanceBusinessKey("2024").count()).isEqualTo(1);
    }

    @Test
    void aSundayDeadlineReachesTheOfficeOnMondayMorningNotOnSundayNight() {
        at("2024-08-01T08:00:00+07:00");
        ProcessInstance plan = startPlan(2024, "JUDGE");
        runDueJobs();
        tasks("Task_HandleMissedQuota").forEach(t -> complete(t, withVariables("actionTaken", "Đã xử lý.")));

        runUntil("2024-08-19T07:59:00+07:00");
        Assertions.assertThat(tasks("Task_RemindLeadUnit")).isEmpty();
        runUntil("2024-08-19T08:00:01+07:00");
        Assertions.assertThat(tasks("Task_RemindLeadUnit")).singleElement()
                .satisfies(t -> Assertions.assertThat(t.getName()).contains("tháng 8/2024"));

        // the deadline passes at the end of Sunday 25 August; the Office hears of it on Monday at 08:00
        runUntil("2024-08-26T07:59:00+07:00");
        Assertions.assertThat(tasks("Task_HandleMissedQuota")).isEmpty();
        Assertions.assertThat(waitingPeriods(plan)).contains("department-portal-monthly:2024-08");
        runUntil("2024-08-26T08:00:01+07:00");
        Assertions.assertThat(tasks("Task_HandleMissedQuota")).singleElement().satisfies(t -> {
            Assertions.assertThat(taskService().getVariable(t.getId(), "periodId")).isEqualTo("department-portal-monthly:2024-08");
            Assertions.assertThat(t.getCreateTime()).isEqualTo(Date.from(OffsetDateTime.parse("2024-08-26T08:00:00+07:00").toInstant()));
        });
    }

    @Test
    void aUnitThatPublishesInTimeGetsNoReminderAndNoEscalation() {
        at("2024-01-02T08:00:00+07:00");
        ProcessInstance plan = startPlan(2024);

        at("2024-01-10T10:00:00+07:00");
        publish("DEPARTMENT_PORTAL", "van-phong", "2024-01-10");

        Assertions.assertThat(waitingPeriods(plan)).doesNotContain("department-portal-monthly:2024-01");
        Assertions.assertThat(jobsOf("department-portal-monthly:2024-01")).isEmpty();
        runUntil("2024-01-31T00:00:00+07:00");
        Assertions.assertThat(tasks("Task_RemindLeadUnit")).isEmpty();
        Assertions.assertThat(tasks("Task_HandleMissedQuota")).isEmpty();
        assertThat(plan).hasPassed("EndEvent_QuotaMet");
    }

    @Test
    void aUnitStillShortIsRemindedThenTheOfficeGetsExactlyOneEscalation() {
        at("2024-01-02T08:00:00+07:00");
        ProcessInstance plan = startPlan(2024);

        runUntil("2024-01-21T08:00:00+07:00");
        List<Task> reminders = tasks("Task_RemindLeadUnit");
        Assertions.assertThat(reminders).singleElement().satisfies(t -> {
            assertThat(t).hasCandidateGroup("van-phong");
            Assertions.assertThat(t.getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse("2024-01-25T23:59:59+07:00").toInstant()));
        });
        complete(reminders.get(0));

        runUntil("2024-01-26T09:00:00+07:00");
        List<Task> escalations = tasks("Task_HandleMissedQuota");
        Assertions.assertThat(escalations).singleElement().satisfies(t -> assertThat(t).hasCandidateGroup("van-phong-theo-doi"));
        Map<String, Object> facts = taskService().getVariables(escalations.get(0).getId());
        Assertions.assertThat(facts).containsEntry("periodLabel", "tháng 1/2024").containsEntry("leadUnit", "van-phong")
                .containsEntry("channel", "DEPARTMENT_PORTAL").containsEntry("achievedCount", 0)
                .containsEntry("itemsInProgress", "Không có tin bài nào đang xử lý.");

        Assertions.assertThat(escalations.get(0).getName()).isEqualTo("Xử lý kỳ không đạt chỉ tiêu tháng 1/2024 – Cổng thông tin điện tử của Sở");
        assertThatThrownBy(() -> complete(escalations.get(0), withVariables("actionTaken", " ")))
                .satisfies(e -> Assertions.assertThat(InvalidInputException.findIn(e)).isPresent());
        Assertions.assertThat(tasks("Task_HandleMissedQuota")).hasSize(1);
        assertThatThrownBy(() -> complete(escalations.get(0), withVariables("actionTaken", "x".repeat(4001))))
                .satisfies(e -> Assertions.assertThat(InvalidInputException.findIn(e)).get().extracting(Throwable::getMessage)
                        .isEqualTo("Nội dung biện pháp dài 4001 ký tự, vượt quá giới hạn 4000 ký tự."));
        String action = "Đã đôn đốc Văn phòng, báo cáo Ban Giám đốc.";
        // typed with combining marks, kept composed
        complete(escalations.get(0), withVariables("actionTaken", java.text.Normalizer.normalize(action, java.text.Normalizer.Form.NFD)));
        Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().variableName("actionTaken").singleResult().getValue())
                .isEqualTo(action);
        assertThat(plan).hasPassed("EndEvent_MissedQuotaHandled");
        Assertions.assertThat(tasks("Task_HandleMissedQuota")).isEmpty();
    }

    @Test
    void aPeriodMetAfterItsReminderClosesTheOpenReminderToo() {
        at("2024-01-02T08:00:00+07:00");
        ProcessInstance plan = startPlan(2024);
        runUntil("2024-01-21T08:00:00+07:00");
        Assertions.assertThat(tasks("Task_RemindLeadUnit")).singleElement()
                .satisfies(t -> Assertions.assertThat(t.getName()).contains("tháng 1/2024"));

        at("2024-01-22T09:00:00+07:00");
        publish("DEPARTMENT_PORTAL", "van-phong", "2024-01-22");

        Assertions.assertThat(tasks("Task_RemindLeadUnit")).isEmpty();
        Assertions.assertThat(waitingPeriods(plan)).doesNotContain("department-portal-monthly:2024-01");
        assertThat(plan).hasPassed("EndEvent_PeriodMet", "EndEvent_QuotaMet");
        runUntil("2024-01-27T08:00:00+07:00");
        Assertions.assertThat(tasks("Task_HandleMissedQuota")).isEmpty();
    }

    @Test
    void anItemOfAnotherUnitDoesNotCloseThePeriod() {
        at("2024-04-02T08:00:00+07:00");
        ProcessInstance plan = startPlan(2024, "JUDGE");
        runDueJobs();
        tasks("Task_HandleMissedQuota").forEach(t -> complete(t, withVariables("actionTaken", "Đã xử lý.")));

        at("2024-04-10T10:00:00+07:00");
        publish("DEPARTMENT_PORTAL", "van-phong", "2024-04-10");

        Assertions.assertThat(waitingPeriods(plan)).contains("department-portal-monthly:2024-04");
        runUntil("2024-04-26T09:00:00+07:00");
        Assertions.assertThat(tasks("Task_HandleMissedQuota")).singleElement()
                .satisfies(t -> Assertions.assertThat(taskService().getVariable(t.getId(), "periodId")).isEqualTo("department-portal-monthly:2024-04"));
    }

    @Test
    void theWholeYearEndsWithOneEscalationPerMissedPeriodAndNoneForMetOnes() {
        at("2024-01-02T08:00:00+07:00");
        ProcessInstance plan = startPlan(2024);

        // the lead units deliver the department portal every month but August, and the provincial
        // page every quarter but Q3; nobody delivers the provincial portal
        for (int month = 1; month <= 12; month++) {
            if (month == 8) continue;
            runUntil("2024-%02d-10T09:00:00+07:00".formatted(month));
            String lead = month <= 3 ? "van-phong" : month <= 6 ? "phong-ttbcxb" : month <= 9 ? "phong-cds" : "thanh-tra";
            publish("DEPARTMENT_PORTAL", lead, "2024-%02d-10".formatted(month));
            if (month % 3 == 2 && month != 8) {
                publish("PROVINCIAL_CCHC_PAGE", lead, "2024-%02d-10".formatted(month));
            }
        }
        runUntil("2024-12-31T23:00:00+07:00");

        List<String> missed = tasks("Task_HandleMissedQuota").stream()
                .map(t -> (String) taskService().getVariable(t.getId(), "periodId")).toList();
        Assertions.assertThat(missed).containsExactlyInAnyOrder(
                "department-portal-monthly:2024-08",
                "provincial-cchc-page-quarterly:2024-Q3",
                "provincial-portal-quarterly:2024-Q1", "provincial-portal-quarterly:2024-Q2",
                "provincial-portal-quarterly:2024-Q3", "provincial-portal-quarterly:2024-Q4");
        List<String> reminded = historyService().createHistoricTaskInstanceQuery().taskDefinitionKey("Task_RemindLeadUnit")
                .list().stream().map(t -> t.getName().replace("Nhắc thực hiện chỉ tiêu ", "")).toList();
        List<String> escalated = tasks("Task_HandleMissedQuota").stream()
                .map(t -> t.getName().replace("Xử lý kỳ không đạt chỉ tiêu ", "")).toList();
        Assertions.assertThat(reminded).hasSize(6).containsExactlyInAnyOrderElementsOf(escalated)
                .contains("tháng 8/2024 – Cổng thông tin điện tử của Sở", "quý III/2024 – Chuyên trang CCHC của tỉnh");

        tasks("Task_HandleMissedQuota").forEach(t -> complete(t, withVariables("actionTaken", "Đã đôn đốc.")));
        tasks("Task_RemindLeadUnit").forEach(t -> complete(t));
        assertThat(plan).isEnded().hasPassed("EndEvent_PlanCompleted");
    }

    @Test
    void aPlanStartedMidYearJudgesThePastPeriodsAtOnce() {
        published.items.add(new PublicationRecorded(1, "DEPARTMENT_PORTAL", "van-phong", LocalDate.parse("2024-02-05")));
        at("2024-07-01T09:00:00+07:00");
        ProcessInstance plan = startPlan(2024, "JUDGE");

        assertThat(plan).hasPassed("EndEvent_QuotaMetAtStart");
        runDueJobs();

        List<String> missed = tasks("Task_HandleMissedQuota").stream()
                .map(t -> (String) taskService().getVariable(t.getId(), "periodId")).toList();
        Assertions.assertThat(missed).hasSize(9).doesNotContain("department-portal-monthly:2024-02")
                .contains("department-portal-monthly:2024-01", "department-portal-monthly:2024-06",
                        "provincial-cchc-page-quarterly:2024-Q2", "provincial-portal-quarterly:2024-Q1");
        Assertions.assertThat(tasks("Task_RemindLeadUnit")).isEmpty();
        Assertions.assertThat(waitingPeriods(plan)).hasSize(10).contains("department-portal-monthly:2024-07");
    }

    @Test
    void aPlanStartedMidYearWithoutAChoiceIsRefusedSayingHowManyPeriodsArePast() {
        at("2024-07-01T09:00:00+07:00");

        // January to June on the portal, quarters I and II on both provincial channels
        assertThatThrownBy(() -> startPlan(2024)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Năm 2024 đã có 10 kỳ chỉ tiêu quá hạn (kỳ quá hạn gần nhất: tháng 6/2024, hạn 25/06/2024).")
                .hasMessageContaining("Các kỳ đã quá hạn khi bắt đầu");
        assertThatThrownBy(() -> startPlan(2024, "BO QUA")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Cách xử lý các kỳ đã quá hạn \"BO QUA\" không hợp lệ");
        Assertions.assertThat(processInstanceQuery().count()).isZero();
        Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
    }

    @Test
    void pastPeriodsMarkedNotFollowedGetNoEscalationAndAreRecorded() {
        at("2024-07-01T09:00:00+07:00");
        ProcessInstance plan = startPlan(2024, "NOT_FOLLOWED");
        runDueJobs();

        Assertions.assertThat(tasks("Task_HandleMissedQuota")).isEmpty();
        Assertions.assertThat(tasks("Task_RemindLeadUnit")).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> notFollowed = (List<String>) runtimeService().getVariable(plan.getId(), "notFollowedPeriodIds");
        Assertions.assertThat(notFollowed).hasSize(10).contains("department-portal-monthly:2024-01",
                "department-portal-monthly:2024-06", "provincial-cchc-page-quarterly:2024-Q2", "provincial-portal-quarterly:2024-Q1");
        // July to December and quarters III and IV are followed as usual
        Assertions.assertThat(waitingPeriods(plan)).hasSize(10).contains("department-portal-monthly:2024-07")
                .doesNotContainAnyElementsOf(notFollowed);
        // what the dashboard, the matrix and the reports read (NotFollowedPeriods), while the plan runs
        Assertions.assertThat(new NotFollowedPeriods(historyService()).of(2024)).containsExactlyInAnyOrderElementsOf(notFollowed);
        Assertions.assertThat(new NotFollowedPeriods(historyService()).of(2025)).isEmpty();
        runUntil("2024-07-26T09:00:00+07:00");
        Assertions.assertThat(tasks("Task_HandleMissedQuota")).singleElement()
                .satisfies(t -> Assertions.assertThat(taskService().getVariable(t.getId(), "periodId")).isEqualTo("department-portal-monthly:2024-07"));
    }

    @Test
    void aPlanStartedBeforeItsFirstDeadlineNeedsNoChoiceAndFollowsEveryPeriod() {
        at("2024-01-02T08:00:00+07:00");
        ProcessInstance plan = startPlan(2024);

        Assertions.assertThat((List<?>) runtimeService().getVariable(plan.getId(), "notFollowedPeriodIds")).isEmpty();
        Assertions.assertThat(new NotFollowedPeriods(historyService()).of(2024)).isEmpty();
        Assertions.assertThat(waitingPeriods(plan)).hasSize(20);
    }

    @Test
    void aPeriodMetBeforeItsDeadlineJobRunsIsClosedByTheJudge() {
        at("2024-01-02T08:00:00+07:00");
        ProcessInstance plan = startPlan(2024);
        // a publication whose closing message was lost: the deadline counts again
        published.items.add(new PublicationRecorded(2, "DEPARTMENT_PORTAL", "van-phong", LocalDate.parse("2024-01-24")));
        runUntil("2024-01-26T09:00:00+07:00");

        assertThat(plan).hasPassed("EndEvent_QuotaMetByDeadline");
        Assertions.assertThat(tasks("Task_HandleMissedQuota")).isEmpty();
    }

    @Test
    void aSecondStartForTheSameYearIsRefused() {
        at("2024-01-02T08:00:00+07:00");
        startPlan(2024);

        assertThatThrownBy(() -> startPlan(2024)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Kế hoạch năm 2024 đã được bắt đầu");
        Assertions.assertThat(processInstanceQuery().count()).isEqualTo(1);
    }

    @Test
    void aYearWithoutAPlanFileOrMalformedIsRefusedAndLeavesNothing() {
        assertThatThrownBy(() -> startPlan(2031)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Chưa có tệp kế hoạch cho năm 2031");
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("CommunicationPlanProcess", Map.of("year", "hai nghìn")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Năm kế hoạch \"hai nghìn\" không hợp lệ");
        Assertions.assertThat(processInstanceQuery().count()).isZero();
    }

    private ProcessInstance startPlan(int year) {
        return runtimeService().startProcessInstanceByKey("CommunicationPlanProcess", Map.of("year", year));
    }

    /** A start as the form sends it when the Office chose what becomes of the periods already past. */
    private ProcessInstance startPlan(int year, String pastPeriods) {
        return runtimeService().startProcessInstanceByKey("CommunicationPlanProcess", Map.of("year", year, "pastPeriods", pastPeriods));
    }

    private void publish(String channel, String unit, String day) {
        PublicationRecorded event = new PublicationRecorded(published.items.size() + 100, channel, unit, LocalDate.parse(day));
        published.items.add(event);
        watcher.onPublication(event);
    }

    private void runDueJobs() {
        runUntil(OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneOffset.ofHours(7)).plusSeconds(1).toString());
    }

    private List<String> dueDates(ProcessInstance plan, String activityId) {
        return managementService().createJobQuery().processInstanceId(plan.getId()).activityId(activityId).list().stream()
                .map(j -> OffsetDateTime.ofInstant(j.getDuedate().toInstant(), java.time.ZoneOffset.ofHours(7)).toString()).toList();
    }

    private List<Job> jobsOf(String periodId) {
        return managementService().createJobQuery().list().stream()
                .filter(j -> periodId.equals(runtimeService().getVariable(j.getExecutionId(), "periodId"))).toList();
    }

    private List<String> waitingPeriods(ProcessInstance plan) {
        return runtimeService().createExecutionQuery().processInstanceId(plan.getId()).activityId("Task_AwaitPublications").list()
                .stream().map(e -> (String) runtimeService().getVariable(e.getId(), "periodId")).toList();
    }

    private List<Task> tasks(String key) {
        return taskService().createTaskQuery().taskDefinitionKey(key).list();
    }
}
