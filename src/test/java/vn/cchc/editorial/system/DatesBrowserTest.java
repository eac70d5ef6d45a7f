package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.Browser;
import vn.cchc.editorial.BrowserTest;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.Tasklist;
import vn.cchc.editorial.plan.PlanCatalog;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates as people read them in Tasklist and Cockpit: dd/MM/yyyy HH:mm in the plan's time zone, even on a computer
 * set to another zone (the browser is set to New York, where the Board's 08:00 is the evening before), a relative
 * time only beside the date, and the date picker in Vietnamese (app/cchc/dinh-dang-ngay.js, app/cchc/ngay-gio.js,
 * app/cchc/mui-gio.js).
 */
@BrowserTest
class DatesBrowserTest {

    /** A computer's zone that is not the plan's: its wall time is 11 or 12 hours behind Vietnam's. */
    private static final ZoneId ELSEWHERE = ZoneId.of("America/New_York");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    @LocalServerPort
    int port;

    @Autowired
    PlanCatalog plans;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void aTasksDueDateReadsDayMonthYearAndTimeWithTheRelativeTimeBesideIt() {
        Review review = openedInTasklist(Browser.open(port), ELSEWHERE, "bbt.bientap", "Tin kiểm tra ngày hạn ");

        // the card in the list and the task's own header
        assertThat(browser.visible(By.cssSelector("div.dates .due-date .cchc-ngay")).getText()).isEqualTo(review.due);
        assertThat(browser.visible(By.cssSelector("div.dates .due-date [am-time-ago]")).getText()).contains("ngày nữa");
        shows("[cam-widget-inline-field].due-date .cchc-ngay", review.due);
        assertThat(browser.script("const v = document.querySelector('[cam-tasklist-task-meta] .due-date .view-value');"
                + " return v.scrollWidth <= v.clientWidth;")).as("the header's date is not cut off").isEqualTo(true);
        assertThat(browser.text()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
        browser.screenshot("dates-tasklist");
    }

    @Test
    void theDatePickerNamesMonthsAndWeekdaysInVietnamese() {
        // the administrator may change a task's due date
        Review review = openedInTasklist(Browser.open(port), plans.timeZone(), "admin", "Tin kiểm tra lịch chọn ngày ");
        browser.click(By.cssSelector("[cam-widget-inline-field].due-date .view-value"));

        String month = review.dueAt.atZoneSameInstant(plans.timeZone()).getMonthValue() + "";
        String title = browser.visible(By.cssSelector(".uib-daypicker .uib-title")).getText();
        assertThat(title).isEqualTo("tháng " + month + " năm " + review.dueAt.atZoneSameInstant(plans.timeZone()).getYear());
        String picker = browser.visible(By.cssSelector(".uib-daypicker")).getText();
        assertThat(picker).contains("T2", "T3", "CN").doesNotContain(ENGLISH_MONTHS).doesNotContain("Mon", "Sun");
        assertThat(browser.all(By.cssSelector("td.am-pm")))
                .as("24 hours, no AM/PM").allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
        browser.screenshot("dates-date-picker");
    }

    @Test
    void cockpitWritesADateVariableAsDayMonthYearAndTime() {
        Review review = newReview("Tin kiểm tra ngày trong Cockpit " + System.nanoTime());
        browser = Browser.open(port).inTimeZone(ELSEWHERE);
        Tasklist.logIn(browser, "cockpit", "admin");
        browser.go("/camunda/app/cockpit/default/#/process-instance/" + review.processInstanceId + "/runtime");

        // escalateAt, the review's due date, among the variables
        By escalateAt = By.xpath("//tr[td[contains(@class,'col-name')][normalize-space()='escalateAt']]/td[contains(@class,'col-value')]");
        browser.waiting().until(d -> review.due.equals(browser.visible(escalateAt).getText().strip()));
        assertThat(browser.visible(By.cssSelector("footer[cam-widget-footer]")).getText())
                .contains("Ngày giờ hiển thị theo múi giờ của kế hoạch: " + plans.timeZone().getId()).doesNotContain("Camunda");
        browser.screenshot("dates-cockpit");

        // the process definition's list of instances: the start time, in the plan's zone
        RestClient admin = new RestClient(port, "admin");
        JsonNode instance = admin.json(admin.get("/engine-rest/history/process-instance/" + review.processInstanceId));
        String started = OffsetDateTime.parse(instance.get("startTime").asText(), REST_DATE)
                .atZoneSameInstant(plans.timeZone()).format(DAY_AND_TIME);
        browser.go("/camunda/app/cockpit/default/#/process-definition/" + instance.get("processDefinitionId").asText() + "/runtime");
        By startTime = By.xpath("//tr[td[contains(@class,'instance-id')][normalize-space()=" + Browser.literal(review.processInstanceId)
                + "]]/td[contains(@class,'start-time')]");
        browser.waiting().until(d -> started.equals(browser.visible(startTime).getText().strip()));
    }

    @Test
    void aTasksHistoryWritesEachEventsHourInThePlansZone() {
        Review review = newReview("Tin kiểm tra giờ trong lịch sử " + System.nanoTime());
        RestClient board = new RestClient(port, "bbt.bientap");
        assertThat(board.post("/engine-rest/task/" + review.taskId + "/claim", java.util.Map.of("userId", "bbt.bientap"))
                .getStatusCode().is2xxSuccessful()).isTrue();
        JsonNode claim = board.json(board.get("/engine-rest/history/user-operation?taskId=" + review.taskId
                + "&operationType=Claim")).get(0);
        String hour = OffsetDateTime.parse(claim.get("timestamp").asText(), REST_DATE).atZoneSameInstant(plans.timeZone())
                .format(DateTimeFormatter.ofPattern("HH:mm"));

        openedInTasklist(Browser.open(port), ELSEWHERE, "bbt.bientap", review);
        browser.click(Browser.withText("a", "Lịch sử"));
        shows(".history-pane .operation-time", hour);
        browser.screenshot("dates-task-history");
    }

    @Test
    void onAPhoneTheTaskCardShowsTheDueDate() {
        Review review = openedInTasklist(Browser.phone(port), ELSEWHERE, "bbt.bientap", "Tin kiểm tra ngày trên điện thoại ");
        shows(".due-date .cchc-ngay", review.due);
        browser.screenshot("dates-tasklist-phone");
    }

    /** A new review's task opened in Tasklist by {@code user}, in {@code window} set to {@code computersZone}. */
    private Review openedInTasklist(Browser window, ZoneId computersZone, String user, String title) {
        return openedInTasklist(window, computersZone, user, newReview(title + System.nanoTime()));
    }

    private Review openedInTasklist(Browser window, ZoneId computersZone, String user, Review review) {
        browser = window.inTimeZone(computersZone);
        // as Tasklist.logIn, less its wait for the account menu, folded away on a phone
        browser.go("/camunda/app/tasklist/");
        Tasklist.submitLogin(browser, user);
        browser.waiting().until(d -> d.getCurrentUrl().contains("/dashboard")
                || "stay".equals(browser.script("return document.documentElement.dataset.cchcLanding || null")));
        browser.go("/camunda/app/tasklist/default/#/?task=" + review.taskId);
        return review;
    }

    /** Waits until the first element matching {@code selector} reads {@code date}. */
    private void shows(String selector, String date) {
        browser.waiting().until(d -> date.equals(browser.script(
                "const d = document.querySelector(arguments[0]); return d && d.textContent.trim();", selector)));
    }

    /** A new item waiting for the Board's review: its task, process instance and due date as the page must write it. */
    private Review newReview(String title) {
        RestClient author = new RestClient(port, "vp.tacgia");
        String instance = Items.start(author, title, "[\"DEPARTMENT_PORTAL\"]");
        RestClient board = author.as("bbt.bientap");
        JsonNode task = board.json(board.get("/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=Task_ReviewArticle")).get(0);
        OffsetDateTime due = OffsetDateTime.parse(task.get("due").asText(), REST_DATE);
        ZoneId zone = plans.timeZone();
        return new Review(instance, task.get("id").asText(), due, due.atZoneSameInstant(zone).format(DAY_AND_TIME));
    }

    private record Review(String processInstanceId, String taskId, OffsetDateTime dueAt, String due) {
    }
}
