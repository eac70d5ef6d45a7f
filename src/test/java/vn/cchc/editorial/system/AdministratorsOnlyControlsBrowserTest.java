package vn.cchc.editorial.system;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.Browser;
import vn.cchc.editorial.BrowserTest;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.Tasklist;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.Browser.withText;

/**
 * Tasklist and Cockpit offer the controls whose action the engine's API refuses to anyone but an
 * administrator (system/EngineApiWriteGuard) to administrators only: app/cchc/quan-tri.js and the apps'
 * styles/user-styles.css. Each screen is checked both ways, so that nothing passes by hiding everything
 * or by a page that never loaded.
 */
@BrowserTest
class AdministratorsOnlyControlsBrowserTest {

    static final By ADMINISTRATOR = By.cssSelector("body.cchc-quan-tri");
    static final By NOT_ADMINISTRATOR = By.cssSelector("body.cchc-khong-quan-tri");

    static final By START_PROCESS = By.cssSelector("li.start-process-action");
    static final By PRIORITY = By.cssSelector("ol.tasks-list li.task .priority");
    static final By CREATE_TASK = By.cssSelector("li.create-task-action");
    static final By RESET_DUE = By.cssSelector("[cam-tasklist-task-meta] .reset-due-date");
    static final By RESET_FOLLOW_UP = By.cssSelector("[cam-tasklist-task-meta] .reset-follow-up-date");
    static final By UNCLAIM = By.cssSelector("[cam-tasklist-task-meta] button.unclaim");
    static final By DUE = By.cssSelector("[cam-tasklist-task-meta] .due-date .view-value");
    static final By GROUPS = By.cssSelector("[cam-tasklist-task-meta] li.groups > span");
    /** The inline field's date and time picker (Camunda moves it out of the header, to the page's end). */
    static final By DATE_PICKER = By.cssSelector(".cam-widget-inline-field.field-control");
    static final By DIALOG = By.cssSelector(".modal-dialog");

    static final By TOOLBAR_ACTIONS = By.cssSelector(".ctn-toolbar .btn-toolbar");
    static final By VARIABLE_ACTIONS = By.cssSelector("[cam-widget-variables-table] td.actions button");
    static final By TABLE_ACTIONS = By.cssSelector("table .action-button");
    static final By JOB_SUSPENSION = By.cssSelector("a.action-button[ng-click^='toggleSuspension']");
    static final By ASSIGNEE_PENCIL = By.cssSelector("table.user-tasks td.assignee .edit-toggle");
    static final By REVIEW_ROW = By.xpath("//table[contains(@class,'user-tasks')]//td[contains(@class,'activity')]"
            + "[normalize-space()='Duyệt tin bài']");

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;

    Browser browser;
    Tasklist tasklist;
    String title;
    String processInstanceId;
    String reviewTask;

    @BeforeEach
    void openBrowserOnAReviewWithDates() {
        title = "Tin chờ duyệt có hạn xử lý " + System.nanoTime();
        processInstanceId = Items.start(new RestClient(port, "vp.tacgia"), title, "[\"DEPARTMENT_PORTAL\"]");
        Task review = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("Task_ReviewArticle").singleResult();
        // a follow-up date too, so that both crosses would be there to offer
        review.setDueDate(Date.from(Instant.now().plus(Duration.ofDays(3))));
        review.setFollowUpDate(Date.from(Instant.now().plus(Duration.ofDays(1))));
        tasks.saveTask(review);
        reviewTask = review.getId();

        browser = Browser.open(port);
        tasklist = new Tasklist(browser);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot("controls-last-" + test.getTestMethod().orElseThrow().getName());
        browser.close();
    }

    @Test
    void theBoardIsNotOfferedToCreateTasksNorToChangeAReviewsDatesOrGroups() {
        tasklist.logIn("bbt.bientap");
        openReviewTask();
        browser.visible(NOT_ADMINISTRATOR);

        // the task and its header are there, dates and groups as text
        assertThat(browser.visible(DUE).isDisplayed()).isTrue();
        assertThat(browser.visible(GROUPS).getText()).contains("Ban Biên tập");
        // but nothing that changes them, and no free-standing task; no start menu either (the board starts
        // nothing, bat-dau.js), nor the engine's priority number on the task cards
        assertThat(browser.all(CREATE_TASK)).as("rendered by Tasklist, hidden").isNotEmpty();
        assertThat(browser.all(START_PROCESS)).as("rendered by Tasklist, hidden").isNotEmpty();
        assertThat(browser.all(PRIORITY)).as("rendered by Tasklist, hidden").isNotEmpty();
        assertNoneDisplayed(CREATE_TASK, RESET_DUE, RESET_FOLLOW_UP, START_PROCESS, PRIORITY);
        assertThat(browser.text()).doesNotContain("Tạo công việc", "Thêm nhóm", "Đặt hạn xử lý", "Đặt ngày theo dõi");
        assertThat(cursorOf(GROUPS)).isNotEqualTo("pointer");
        browser.screenshot("controls-tasklist-board");

        // clicking the due date or the groups opens no editor; claiming, which the board may do, still works,
        // and releasing the claim (TASK_ASSIGN, an administrator's) is rendered for the assignee but not offered
        browser.click(DUE);
        browser.click(GROUPS);
        tasklist.claimIfOffered();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(UNCLAIM));
        assertNoneDisplayed(UNCLAIM, DATE_PICKER, DIALOG);
        browser.screenshot("controls-tasklist-board-claimed");
    }

    @Test
    void anAdministratorKeepsTasklistsControls() {
        tasklist.logIn("admin");
        openReviewTask();
        browser.visible(ADMINISTRATOR);

        assertThat(browser.visible(CREATE_TASK).getText()).isEqualTo("Tạo công việc");
        assertThat(browser.visible(START_PROCESS).getText()).contains("Bắt đầu quy trình");
        browser.visible(RESET_DUE);
        browser.visible(RESET_FOLLOW_UP);
        assertThat(cursorOf(GROUPS)).isEqualTo("pointer");
        browser.screenshot("controls-tasklist-admin");

        browser.click(GROUPS);
        assertThat(browser.visible(DIALOG).getText()).contains("ban-bien-tap");
        browser.screenshot("controls-tasklist-admin-groups");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.gone(DIALOG);

        browser.click(DUE);
        browser.visible(DATE_PICKER);
        browser.screenshot("controls-tasklist-admin-due-date");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);

        tasklist.claimIfOffered();
        browser.visible(UNCLAIM);
    }

    @Test
    void theOfficesMonitorSeesAnInstanceInCockpitButIsNotOfferedToChangeIt() {
        Tasklist.logIn(browser, "cockpit", "vp.theodoi");
        openInstance();
        browser.visible(NOT_ADMINISTRATOR);

        assertThat(browser.visible(variableNamed("title")).isDisplayed()).isTrue();
        assertThat(browser.text()).contains(title);
        assertThat(browser.all(TOOLBAR_ACTIONS)).as("rendered by Cockpit, hidden").isNotEmpty();
        assertNoneDisplayed(TOOLBAR_ACTIONS, VARIABLE_ACTIONS);
        browser.screenshot("controls-cockpit-monitor-variables");

        openTab("Công việc của người dùng");
        browser.visible(REVIEW_ROW);
        assertThat(browser.all(TABLE_ACTIONS)).as("rendered by Cockpit, hidden").isNotEmpty();
        assertNoneDisplayed(TABLE_ACTIONS, ASSIGNEE_PENCIL, TOOLBAR_ACTIONS);
        browser.screenshot("controls-cockpit-monitor-user-tasks");

        // the review's reminder timers: neither suspended nor given another due date
        openTab("Tác vụ nền");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(JOB_SUSPENSION));
        assertNoneDisplayed(TABLE_ACTIONS, TOOLBAR_ACTIONS);
        browser.screenshot("controls-cockpit-monitor-jobs");
    }

    @Test
    void anAdministratorKeepsCockpitsControls() {
        Tasklist.logIn(browser, "cockpit", "admin");
        openInstance();
        browser.visible(ADMINISTRATOR);

        browser.visible(variableNamed("title"));
        browser.visible(TOOLBAR_ACTIONS);
        // add a variable, cancel, suspend (activate is the hidden twin of suspend)
        assertThat(displayed(TOOLBAR_ACTIONS)).hasSizeGreaterThanOrEqualTo(3);
        browser.visible(VARIABLE_ACTIONS);
        browser.screenshot("controls-cockpit-admin-variables");

        openTab("Công việc của người dùng");
        browser.visible(REVIEW_ROW);
        browser.visible(TABLE_ACTIONS);
        browser.visible(ASSIGNEE_PENCIL);
        browser.screenshot("controls-cockpit-admin-user-tasks");

        openTab("Tác vụ nền");
        browser.visible(JOB_SUSPENSION);
        browser.screenshot("controls-cockpit-admin-jobs");
    }

    private void openReviewTask() {
        browser.go("/camunda/app/tasklist/default/#/?task=" + reviewTask);
        browser.visible(Tasklist.openTaskTitled("Duyệt tin bài: " + title));
    }

    /** The item's process instance in Cockpit, its variables in the tab open first. */
    private void openInstance() {
        browser.go("/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime");
    }

    private void openTab(String label) {
        browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]/li/a[normalize-space()=" + Browser.literal(label) + "]"));
    }

    private static By variableNamed(String name) {
        return By.xpath("//*[@cam-widget-variables-table]//td[normalize-space()=" + Browser.literal(name) + "]");
    }

    private List<WebElement> displayed(By by) {
        return browser.all(by).stream().filter(WebElement::isDisplayed).toList();
    }

    private void assertNoneDisplayed(By... controls) {
        for (By control : controls) {
            assertThat(displayed(control)).as("%s displayed", control).isEmpty();
        }
    }

    private String cursorOf(By by) {
        return (String) browser.script("return getComputedStyle(arguments[0].querySelector('a') || arguments[0]).cursor",
                browser.visible(by));
    }
}
