package vn.cchc.editorial.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.Browser;
import vn.cchc.editorial.BrowserTest;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.Tasklist;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.Browser.withText;

/**
 * Tasklist shows people as the department knows them, full name in Vietnamese order and unit (app/cchc/ten-nguoi.js,
 * GET /api/people): the person logged in, who holds a task, and who did what in a task's "Lịch sử", never a login id.
 */
@BrowserTest
class PeopleByNameBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonNames names;

    Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.screenshot("people-by-name-last");
            browser.close();
        }
    }

    @Test
    void theHeaderWhoHoldsATaskAndATasksHistoryNameEachPersonWithTheirUnit() {
        String title = "Tin xem ai đã làm gì " + System.nanoTime();
        Items.start(new RestClient(port, "vp.tacgia"), title, "[\"DEPARTMENT_PORTAL\"]");
        String board = names.withUnit("bbt.bientap");
        assertThat(board).isEqualTo("Huỳnh Thanh Mai (Ban Biên tập Cổng TTĐT của Sở)");
        browser = Browser.open(port);
        Tasklist tasklist = new Tasklist(browser);

        tasklist.logIn("bbt.bientap");
        assertThat(tasklist.headerNamesOnOneLine(board)).as("the header's links side by side").isTrue();
        tasklist.openFilter("Việc của đơn vị");
        String task = "Duyệt tin bài: " + title;
        tasklist.openTask(task);
        tasklist.claimIfOffered();

        // who holds it: in the task's header and in the list
        browser.waiting().until(d -> d.findElement(By.cssSelector("li.assignee > [cam-widget-inline-field]")).getText().trim().equals(board));
        browser.waiting().until(d -> d.findElements(By.xpath("//ol[contains(@class,'tasks-list')]//li[.//a[normalize-space()="
                + Browser.literal(task) + "]]//h5[contains(@class,'assignee')]")).stream().anyMatch(h -> h.getText().trim().equals(board)));

        // "Lịch sử": who claimed it, and to whom it went
        browser.click(withText("a", "Lịch sử"));
        browser.waiting().until(d -> {
            List<WebElement> who = d.findElements(By.cssSelector(".history-pane .operation-user"));
            return !who.isEmpty() && who.stream().allMatch(w -> w.getText().trim().equals(board));
        });
        browser.waiting().until(d -> d.findElements(By.cssSelector(".history-pane .new-value span")).stream()
                .anyMatch(v -> v.getText().trim().equals(board)));
        browser.screenshot("people-by-name-history");
        assertThat(browser.visible(By.cssSelector(".history-pane")).getText()).doesNotContain("bbt.bientap");
        assertThat(browser.text()).doesNotContain("bbt.bientap");
    }
}
