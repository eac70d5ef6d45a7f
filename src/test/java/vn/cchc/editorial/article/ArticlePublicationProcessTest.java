package vn.cchc.editorial.article;

import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.system.InvalidInputException;
import vn.cchc.editorial.system.JsonListVariable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.system.ApplicationClock;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.spin.Spin.JSON;

/**
 * Every path of ArticlePublicationProcess on a plain in-memory engine. The Java behind the process is
 * replaced by recorders here; ArticleLifecycleTest runs the same paths with the real code and database.
 */
@Deployment(resources = "processes/article-publication.bpmn")
class ArticlePublicationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    /** What SubProcess_ProvincialChannel declares for each provincial channel (the province's decision form and HandOffArticle). */
    static final String[] PROVINCIAL_PATH_VARIABLES = {ArticleVariables.PROVINCIAL_DECISION, ArticleVariables.PUBLISHED_URL,
            ArticleVariables.PUBLISHED_ON, ArticleVariables.REFUSAL_REASON, ArticleVariables.CHANNEL_NAME};

    ProcessEngine processEngine;

    final List<String> published = new ArrayList<>();
    final List<String> handedOff = new ArrayList<>();
    final List<String> decisionsRecorded = new ArrayList<>();
    final List<String> historiesShown = new ArrayList<>();

    @BeforeEach
    void registerTheJavaBehindTheProcess() {
        init(processEngine);
        PlanCatalog plans = new PlanCatalog((java.nio.file.Path) null);
        Plan plan = plans.inForce(2024);
        Mocks.register("registerArticle", (JavaDelegate) execution -> {
            ArticleInput input = ArticleInputValidator.validate(execution.getVariables(),
                    plan.channels().stream().map(vn.cchc.editorial.plan.Channel::code).toList());
            execution.setVariable(ArticleVariables.ARTICLE_ID, 1L);
            execution.setVariable(ArticleVariables.AUTHOR_UNIT, "van-phong");
            execution.setVariable(ArticleVariables.CHANNEL_CODES, JsonListVariable.of(input.channels()));
            execution.setVariable(ArticleVariables.DIRECT_CHANNEL, plan.directChannel().orElseThrow().code());
        });
        Mocks.register("nameTaskAfterArticle", new NameTaskAfterArticle());
        Mocks.register("showReviewHistory", (TaskListener) task -> historiesShown.add(task.getTaskDefinitionKey()));
        Mocks.register("recordReviewDecision", (TaskListener) task -> decisionsRecorded.add((String) task.getVariable("reviewDecision")));
        Mocks.register("recordRevision", (TaskListener) DelegateTask::getId);
        Mocks.register("publishArticle", (JavaDelegate) execution -> published.add((String) execution.getVariable("channel")));
        Mocks.register("handOffArticle", (JavaDelegate) execution -> {
            handedOff.add((String) execution.getVariable("channel"));
            // as HandOffArticle: the channel's name for its decision form, kept where SubProcess_ProvincialChannel declares it
            execution.setVariable(ArticleVariables.CHANNEL_NAME, "Kênh " + execution.getVariable("channel"));
        });
        Mocks.register("recordProvincialDecision", (TaskListener) DelegateTask::getId);
        Mocks.register("scheduleDeadlines", new ScheduleDeadlines(plans, new ApplicationClock(Plan.DEFAULT_TIME_ZONE)));
        Mocks.register("remindBoard", new RemindBoard());
        Mocks.register("recordIntervention", new RecordIntervention());
    }

    @AfterEach
    void forgetMocksAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void approvedArticleIsPublishedOnTheDepartmentPortal() {
        ProcessInstance pi = startArticle("DEPARTMENT_PORTAL");

        assertThat(pi).isWaitingAt("Task_ReviewArticle");
        assertThat(task(pi)).hasCandidateGroup("ban-bien-tap").hasName("Duyệt tin bài: Cải cách thủ tục hành chính năm 2024");
        complete(task(pi), withVariables("reviewDecision", "APPROVE"));

        assertThat(pi).isWaitingAt("Task_PublishOnDepartmentPortal");
        // the province's decision and the channel's name belong to the provincial path alone: none is written here
        org.assertj.core.api.Assertions.assertThat(runtimeService().createVariableInstanceQuery().processInstanceIdIn(pi.getId())
                .variableNameIn(PROVINCIAL_PATH_VARIABLES).count()).isZero();
        execute(job(pi));

        assertThat(pi).hasPassed("EndEvent_PublishedOnDepartmentPortal").isEnded();
        assertThat(pi).hasPassed("EndEvent_ArticleProcessed").hasNotPassed("SubProcess_ProvincialChannel");
        org.assertj.core.api.Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableNameIn(PROVINCIAL_PATH_VARIABLES).count()).isZero();
        org.assertj.core.api.Assertions.assertThat(published).containsExactly("DEPARTMENT_PORTAL");
    }

    @Test
    void sentBackArticleGoesToItsAuthorAndReturnsToReview() {
        ProcessInstance pi = startArticle("DEPARTMENT_PORTAL");
        complete(task(pi), withVariables("reviewDecision", "REVISE", "reviewComment", "Bổ sung số liệu quý I."));

        assertThat(pi).isWaitingAt("Task_ReviseArticle");
        // the author revises; the author's unit sees the task too and may take it over
        assertThat(task(pi)).isAssignedTo("vp.tacgia").hasCandidateGroupAssociated("van-phong");
        complete(task(pi), withVariables("title", "Cải cách thủ tục hành chính quý I năm 2024"));

        assertThat(pi).isWaitingAt("Task_ReviewArticle");
        complete(task(pi), withVariables("reviewDecision", "APPROVE"));
        execute(job(pi));

        assertThat(pi).hasPassedInOrder("Task_ReviewArticle", "Task_ReviseArticle", "Task_ReviewArticle",
                "Task_PublishOnDepartmentPortal").isEnded();
        org.assertj.core.api.Assertions.assertThat(decisionsRecorded).containsExactly("REVISE", "APPROVE");
        // each round's review task is given the earlier rounds (ShowReviewHistory)
        org.assertj.core.api.Assertions.assertThat(historiesShown).containsExactly("Task_ReviewArticle", "Task_ReviewArticle");
    }

    @Test
    void rejectedArticleIsNeverPublished() {
        ProcessInstance pi = startArticle("DEPARTMENT_PORTAL", "PROVINCIAL_PORTAL");
        complete(task(pi), withVariables("reviewDecision", "REJECT", "reviewComment", "Không phù hợp chủ đề CCHC."));

        assertThat(pi).hasPassed("EndEvent_ArticleRejected").isEnded();
        assertThat(pi).hasNotPassed("SubProcess_PublishToChannel");
        org.assertj.core.api.Assertions.assertThat(published).isEmpty();
        org.assertj.core.api.Assertions.assertThat(handedOff).isEmpty();
    }

    @Test
    void provincialPageApprovalIsRecordedWithItsAddress() {
        ProcessInstance pi = startArticle("PROVINCIAL_CCHC_PAGE");
        complete(task(pi), withVariables("reviewDecision", "APPROVE"));

        assertThat(pi).isWaitingAt("Task_HandOffToProvincialChannel");
        execute(job(pi));
        assertThat(pi).isWaitingAt("Task_RecordProvincialDecision");
        assertThat(task(pi)).hasCandidateGroup("ban-bien-tap");
        complete(task(pi), withVariables("provincialDecision", "APPROVED",
                "publishedUrl", "https://cchc.soctrang.gov.vn/tin/123", "publishedOn", "2024-03-15"));

        assertThat(pi).hasPassed("EndEvent_PublishedOnProvincialChannel").isEnded();
        org.assertj.core.api.Assertions.assertThat(handedOff).containsExactly("PROVINCIAL_CCHC_PAGE");
        org.assertj.core.api.Assertions.assertThat(published).isEmpty();
    }

    @Test
    void provincialPortalRefusalEndsThatChannel() {
        ProcessInstance pi = startArticle("PROVINCIAL_PORTAL");
        complete(task(pi), withVariables("reviewDecision", "APPROVE"));
        execute(job(pi));
        complete(task(pi), withVariables("provincialDecision", "REFUSED", "refusalReason", "Trùng nội dung đã đăng."));

        assertThat(pi).hasPassed("EndEvent_RefusedByProvince").hasNotPassed("EndEvent_PublishedOnProvincialChannel").isEnded();
    }

    @Test
    void everyChosenChannelIsHandledOnItsOwn() {
        ProcessInstance pi = startArticle("DEPARTMENT_PORTAL", "PROVINCIAL_CCHC_PAGE", "PROVINCIAL_PORTAL");
        complete(task(pi), withVariables("reviewDecision", "APPROVE"));

        jobQuery().list().forEach(job -> execute(job));
        org.assertj.core.api.Assertions.assertThat(published).containsExactly("DEPARTMENT_PORTAL");
        org.assertj.core.api.Assertions.assertThat(handedOff).containsExactlyInAnyOrder("PROVINCIAL_CCHC_PAGE", "PROVINCIAL_PORTAL");

        var decisions = taskQuery().taskDefinitionKey("Task_RecordProvincialDecision").list();
        org.assertj.core.api.Assertions.assertThat(decisions).hasSize(2);
        // each provincial channel keeps its own name and decision (SubProcess_ProvincialChannel declares them)
        org.assertj.core.api.Assertions.assertThat(decisions).extracting(task -> taskService().getVariable(task.getId(), "channelName"))
                .containsExactlyInAnyOrder("Kênh PROVINCIAL_CCHC_PAGE", "Kênh PROVINCIAL_PORTAL");
        complete(decisions.get(0), withVariables("provincialDecision", "APPROVED",
                "publishedUrl", "https://soctrang.gov.vn/tin/9", "publishedOn", "2024-03-16"));
        assertThat(pi).isNotEnded();
        complete(decisions.get(1), withVariables("provincialDecision", "REFUSED", "refusalReason", "Không thuộc chuyên mục."));

        assertThat(pi).hasPassed("EndEvent_PublishedOnDepartmentPortal", "EndEvent_PublishedOnProvincialChannel",
                "EndEvent_RefusedByProvince", "EndEvent_ProvincialChannelDone", "EndEvent_ArticleProcessed").isEnded();
        org.assertj.core.api.Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("provincialDecision").list()).extracting(variable -> variable.getValue())
                .containsExactlyInAnyOrder("APPROVED", "REFUSED");
    }

    @Test
    void aWaitingReviewRemindsTheBoardThenTheOfficeInWorkingDaysSkippingTheMayHolidays() {
        at("2024-04-26T10:00:00+07:00"); // Friday; 29/4 (swapped), 30/4 and 1/5 are days off, Saturday 4/5 is worked
        ProcessInstance pi = startArticle("DEPARTMENT_PORTAL");

        // 2 working days after Friday 10:00 is Friday 3/5 10:00: the Board is reminded at the next opening
        // of the offices, 08:00 on the worked Saturday 4/5; the Office after 5, on Wednesday 8/5 at 08:00
        Task review = task(pi);
        org.assertj.core.api.Assertions.assertThat(review.getFollowUpDate()).isEqualTo(instant("2024-05-04T08:00:00+07:00"));
        org.assertj.core.api.Assertions.assertThat(review.getDueDate()).isEqualTo(instant("2024-05-08T08:00:00+07:00"));
        org.assertj.core.api.Assertions.assertThat(timerDue(pi, "BoundaryEvent_ReviewReminderDue")).isEqualTo(instant("2024-05-04T08:00:00+07:00"));
        org.assertj.core.api.Assertions.assertThat(timerDue(pi, "BoundaryEvent_ReviewOverdue")).isEqualTo(instant("2024-05-08T08:00:00+07:00"));

        at("2024-05-04T08:00:01+07:00");
        execute(jobQuery().activityId("BoundaryEvent_ReviewReminderDue").singleResult());
        assertThat(pi).hasPassed("EndEvent_BoardReminded");
        org.assertj.core.api.Assertions.assertThat(task(pi).getPriority()).isEqualTo(80);
        org.assertj.core.api.Assertions.assertThat(taskService().getTaskComments(review.getId())).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(taskQuery().taskDefinitionKey("Task_InterveneInReview").count()).isZero();

        at("2024-05-08T08:00:01+07:00");
        execute(jobQuery().activityId("BoundaryEvent_ReviewOverdue").singleResult());
        Task intervention = taskQuery().taskDefinitionKey("Task_InterveneInReview").singleResult();
        assertThat(intervention).hasCandidateGroup("van-phong-theo-doi");
        assertThatThrownBy(() -> complete(intervention, withVariables("interventionNote", "")))
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(InvalidInputException.findIn(e)).isPresent());
        assertThatThrownBy(() -> complete(intervention, withVariables("interventionNote", "x".repeat(4001))))
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(InvalidInputException.findIn(e)).get()
                        .extracting(Throwable::getMessage).isEqualTo("Nội dung đôn đốc dài 4001 ký tự, vượt quá giới hạn 4000 ký tự."));
        String note = "Đã gọi điện đề nghị Ban Biên tập duyệt trong ngày.";
        // typed with combining marks, kept composed
        complete(intervention, withVariables("interventionNote", java.text.Normalizer.normalize(note, java.text.Normalizer.Form.NFD)));
        org.assertj.core.api.Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
                .variableName("interventionNote").singleResult().getValue()).isEqualTo(note);

        complete(taskQuery().taskDefinitionKey("Task_ReviewArticle").singleResult(), withVariables("reviewDecision", "APPROVE"));
        assertThat(pi).hasPassed("EndEvent_IntervenedInReview", "EndEvent_ReviewDone").isWaitingAt("Task_PublishOnDepartmentPortal");
    }

    @Test
    void aDecidedReviewClosesItsRemindersAndTheOfficeTask() {
        at("2024-04-26T10:00:00+07:00");
        ProcessInstance pi = startArticle("DEPARTMENT_PORTAL");
        at("2024-05-08T09:00:00+07:00");
        jobQuery().timers().list().forEach(j -> execute(j));
        org.assertj.core.api.Assertions.assertThat(taskQuery().taskDefinitionKey("Task_InterveneInReview").count()).isEqualTo(1);

        complete(taskQuery().taskDefinitionKey("Task_ReviewArticle").singleResult(),
                withVariables("reviewDecision", "REJECT", "reviewComment", "Trùng lặp."));
        assertThat(pi).isEnded();
        org.assertj.core.api.Assertions.assertThat(taskQuery().count()).isZero();
    }

    @Test
    void anUnansweredHandOffIsChasedThenGoesToTheOfficeSkippingTet() {
        at("2024-02-07T09:00:00+07:00"); // Wednesday before Tết: 8–14/2 are days off
        ProcessInstance pi = startArticle("PROVINCIAL_CCHC_PAGE");
        complete(task(pi), withVariables("reviewDecision", "APPROVE"));
        execute(jobQuery().activityId("Task_HandOffToProvincialChannel").singleResult());

        // 5 working days after Wednesday 7/2 09:00, Tết skipped, is 21/2 09:00: chased at 08:00 the next
        // working day; 10 working days, 28/2 09:00: the Office at 08:00 on 29/2
        org.assertj.core.api.Assertions.assertThat(timerDue(pi, "BoundaryEvent_HandOffUnanswered")).isEqualTo(instant("2024-02-22T08:00:00+07:00"));
        org.assertj.core.api.Assertions.assertThat(timerDue(pi, "BoundaryEvent_HandOffOverdue")).isEqualTo(instant("2024-02-29T08:00:00+07:00"));

        at("2024-02-22T08:00:01+07:00");
        execute(jobQuery().activityId("BoundaryEvent_HandOffUnanswered").singleResult());
        assertThat(pi).hasPassed("EndEvent_Chased");
        org.assertj.core.api.Assertions.assertThat(taskQuery().taskDefinitionKey("Task_RecordProvincialDecision").singleResult().getPriority()).isEqualTo(80);

        at("2024-02-29T08:00:01+07:00");
        execute(jobQuery().activityId("BoundaryEvent_HandOffOverdue").singleResult());
        Task intervention = taskQuery().taskDefinitionKey("Task_InterveneInHandOff").singleResult();
        assertThat(intervention).hasCandidateGroup("van-phong-theo-doi");
        complete(intervention, withVariables("interventionNote", "Đã liên hệ Sở Nội vụ."));

        complete(taskQuery().taskDefinitionKey("Task_RecordProvincialDecision").singleResult(),
                withVariables("provincialDecision", "APPROVED", "publishedUrl", "https://cchc.soctrang.gov.vn/a", "publishedOn", "2024-02-27"));
        assertThat(pi).hasPassed("EndEvent_IntervenedInHandOff", "EndEvent_DecisionRecorded", "EndEvent_PublishedOnProvincialChannel").isEnded();
    }

    private static void at(String instant) {
        ClockUtil.setCurrentTime(instant(instant));
    }

    private static Date instant(String instant) {
        return Date.from(OffsetDateTime.parse(instant).toInstant());
    }

    private Date timerDue(ProcessInstance pi, String activityId) {
        return jobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult().getDuedate();
    }

    @Test
    void startWithoutATitleIsRefusedAndLeavesNoInstance() {
        VariableMap variables = article("DEPARTMENT_PORTAL");
        variables.putValue("title", "  ");

        assertThatThrownBy(() -> start(variables))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Tiêu đề là bắt buộc.");
        org.assertj.core.api.Assertions.assertThat(processInstanceQuery().count()).isZero();
    }

    private ProcessInstance startArticle(String... channels) {
        return start(article(channels));
    }

    private ProcessInstance start(Map<String, Object> variables) {
        processEngine.getIdentityService().setAuthenticatedUserId("vp.tacgia");
        try {
            return runtimeService().startProcessInstanceByKey("ArticlePublicationProcess", variables);
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
    }

    static VariableMap article(String... channels) {
        return Variables.createVariables()
                .putValue("title", "Cải cách thủ tục hành chính năm 2024")
                .putValue("summary", "Sở triển khai kế hoạch CCHC.")
                .putValue("content", "<p>Nội dung <b>chính</b>.</p>")
                .putValue("topic", "T04")
                .putValue("kind", "NEWS")
                .putValue("channels", channelsJson(channels));
    }

    static Object channelsJson(String... channels) {
        var array = JSON("[]");
        for (String c : channels) array.append(c);
        return array;
    }
}
