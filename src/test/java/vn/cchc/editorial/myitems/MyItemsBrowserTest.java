package vn.cchc.editorial.myitems;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.Browser;
import vn.cchc.editorial.BrowserTest;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.Tasklist;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.Browser.literal;
import static vn.cchc.editorial.Browser.withText;
import static vn.cchc.editorial.RestClient.variables;

/**
 * "Tin bài của tôi" in a real browser: one click from Tasklist's header, an item followed through each
 * step (with the Board, sent back with a comment, revised, approved and posted with its address), its
 * page with the whole history, another unit's author refused; on a phone too. People are named in
 * Vietnamese order with their unit: in Tasklist's header, on the page and on the Board's review form.
 */
@BrowserTest
class MyItemsBrowserTest {

    static final String AUTHOR = "ttbcxb.tacgia";
    static final String AUTHOR_PERSON = "Trần Văn Minh (Phòng Thông tin – Báo chí – Xuất bản)";
    static final String BOARD = "Ban Biên tập Cổng TTĐT của Sở";
    static final String REVIEWER_PERSON = "Huỳnh Thanh Mai (Ban Biên tập Cổng TTĐT của Sở)";

    @LocalServerPort
    int port;

    Browser browser;

    @AfterEach
    void close() {
        if (browser != null) browser.close();
    }

    @Test
    void anAuthorFollowsAnItemThroughEachStepFromTasklist() {
        RestClient author = new RestClient(port, AUTHOR);
        RestClient board = author.as("bbt.bientap");
        String title = "Tin theo dõi từng bước " + System.nanoTime();
        String processInstanceId = Items.start(author, title, "[\"DEPARTMENT_PORTAL\"]");
        String code = author.json(author.get("/engine-rest/process-instance/" + processInstanceId)).get("businessKey").asText();

        browser = Browser.open(port);
        Tasklist tasklist = new Tasklist(browser).logIn(AUTHOR);
        // the header names the person in Vietnamese order (firstName "Trần Văn", lastName "Minh") with the unit, whose
        // long name leaves the header one line
        assertThat(AUTHOR_PERSON).startsWith("Trần Văn Minh (");
        assertThat(tasklist.headerNamesOnOneLine(AUTHOR_PERSON)).as("the header's links side by side").isTrue();
        browser.click(By.cssSelector("li.cchc-tin-bai-cua-toi a"));
        browser.visible(withText("h2", "Tin bài của " + AUTHOR_PERSON));
        assertThat(itemText(code)).contains(title, "Chờ Ban Biên tập duyệt", "Duyệt tin bài", BOARD + " giữ từ", "Cổng");
        browser.screenshot("my-items-with-the-board");

        Items.decide(board, Items.taskOf(board, processInstanceId, "Task_ReviewArticle"), "REVISE", "Bổ sung số liệu quý I.");
        browser.driver().navigate().refresh();
        assertThat(itemText(code)).contains("Tác giả đang sửa", "Sửa tin bài theo ý kiến Ban Biên tập",
                AUTHOR_PERSON + " giữ từ", "Vòng 1: Trả lại để tác giả sửa", "Bổ sung số liệu quý I.");

        ResponseEntity<String> revised = author.post("/engine-rest/task/" + Items.taskOf(author, processInstanceId, "Task_ReviseArticle")
                + "/submit-form", variables("title", title, "String", "summary", "Sapo của tin.", "String",
                "content", "<p>Nội dung <b>tin</b> với số liệu quý I.</p>", "String", "links", "", "String"));
        assertThat(revised.getStatusCode().value()).as(revised.getBody()).isEqualTo(204);
        Items.approve(board, processInstanceId);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode item = author.json(author.get("/api/my-items/" + code)).get("item");
            return !item.get("addresses").isEmpty();
        });
        browser.driver().navigate().refresh();
        assertThat(itemText(code)).contains("Đã duyệt đăng", "Vòng 2: Duyệt đăng", "Đã đăng trên");

        browser.click(By.xpath("//section[@data-code=" + literal(code) + "]//h3/a"));
        browser.visible(withText("h2", title));
        assertThat(browser.text()).contains(code, AUTHOR_PERSON, REVIEWER_PERSON, "Gửi tin bài cho Ban Biên tập",
                "Ban Biên tập: Trả lại để tác giả sửa", "Gửi lại tin bài đã sửa (lần 1)", "Đã sửa: nội dung",
                "Ban Biên tập: Duyệt đăng", "Đã đăng trên").doesNotContain("bbt.bientap", AUTHOR);
        browser.screenshot("my-items-item-page");

        // the filters: a status it is not in leaves it out, the year it was drafted keeps it
        browser.click(withText("a", "« Tin bài của tôi"));
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id("status"))).selectByVisibleText("Bị từ chối");
        browser.click(withText("button", "Lọc"));
        browser.waiting().until(d -> d.getCurrentUrl().contains("status=REJECTED"));
        assertThat(browser.all(By.cssSelector("section[data-code='" + code + "']"))).isEmpty();
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id("status"))).selectByVisibleText("Đã duyệt đăng");
        browser.click(withText("button", "Lọc"));
        browser.visible(By.cssSelector("section[data-code='" + code + "']"));
    }

    @Test
    void anotherUnitsAuthorIsRefusedTheItemAndTheBoardReadsTheAuthorByName() {
        RestClient author = new RestClient(port, AUTHOR);
        String title = "Tin của phòng khác " + System.nanoTime();
        String processInstanceId = Items.start(author, title, "[\"DEPARTMENT_PORTAL\"]");
        String code = author.json(author.get("/engine-rest/process-instance/" + processInstanceId)).get("businessKey").asText();

        browser = Browser.open(port);
        Tasklist tasklist = new Tasklist(browser);
        tasklist.logIn("cds.tacgia");
        browser.go("/tin-bai-cua-toi/" + code);
        browser.visible(withText("h2", "Tài khoản của bạn không có quyền xem trang này."));
        assertThat(browser.text()).doesNotContain(title, "Exception");
        browser.go("/tin-bai-cua-toi");
        browser.visible(withText("h2", "Tin bài của Lê Quốc Hùng (Phòng Chuyển đổi số)"));
        assertThat(browser.text()).doesNotContain(title);
        browser.screenshot("my-items-other-unit");
        browser.go("/camunda/app/tasklist/");
        tasklist.logOut();

        tasklist.logIn("bbt.bientap");
        assertThat(browser.all(By.cssSelector("li.cchc-tin-bai-cua-toi"))).as("the Board writes no items").isEmpty();
        tasklist.openFilter("Việc của đơn vị");
        tasklist.openTask("Duyệt tin bài: " + title);
        browser.visible(withText("strong", AUTHOR_PERSON));
        assertThat(browser.visible(By.cssSelector("form.fjs-form")).getText()).doesNotContain(AUTHOR, "phong-ttbcxb");
        browser.screenshot("my-items-review-form-names");
    }

    @Test
    void theBoardSeesTheEarlierRoundAndWhatTheAuthorChangedOnTheReviewForm() {
        RestClient author = new RestClient(port, AUTHOR);
        RestClient board = author.as("bbt.bientap");
        String title = "Tin gửi lại sau khi sửa " + System.nanoTime();
        String processInstanceId = Items.start(author, title, "[\"DEPARTMENT_PORTAL\"]");
        Items.decide(board, Items.taskOf(board, processInstanceId, "Task_ReviewArticle"), "REVISE", "Ghi rõ số thủ tục.");
        ResponseEntity<String> revised = author.post("/engine-rest/task/" + Items.taskOf(author, processInstanceId, "Task_ReviseArticle")
                + "/submit-form", variables("title", title, "String", "summary", "Sapo của tin.", "String",
                "content", "<p>Nội dung <b>tin</b> với 120 thủ tục.</p>", "String", "links", "", "String"));
        assertThat(revised.getStatusCode().value()).as(revised.getBody()).isEqualTo(204);

        browser = Browser.open(port);
        Tasklist tasklist = new Tasklist(browser);
        tasklist.logIn("bbt.bientap");
        tasklist.openFilter("Việc của đơn vị");
        tasklist.openTask("Duyệt tin bài: " + title);
        // Camunda Forms keeps the classes that colour the change, and the brackets say it without colour
        assertThat(browser.visible(By.cssSelector("form.fjs-form .cchc-lich-su span.cchc-them")).getText())
                .isEqualTo("[+ với 120 thủ tục +]");
        String history = browser.visible(By.cssSelector("form.fjs-form .cchc-lich-su")).getText();
        assertThat(history).contains("Trả lại để tác giả sửa · " + REVIEWER_PERSON, "Ghi rõ số thủ tục.",
                "Tác giả đã sửa gì từ vòng trước", "Nội dung");
        browser.screenshot("review-form-history");
    }

    @Test
    void thePageFitsAPhone() {
        Items.start(new RestClient(port, AUTHOR), "Tin xem trên điện thoại " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        browser = Browser.phone(port);
        Tasklist.logInOnAPhone(browser, AUTHOR);
        browser.click(By.cssSelector("li.cchc-tin-bai-cua-toi a"));
        browser.visible(withText("h2", "Tin bài của " + AUTHOR_PERSON));
        browser.visible(By.cssSelector("section.item"));
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways page scroll").isEqualTo(true);
        browser.screenshot("my-items-phone");
        browser.click(By.cssSelector("section.item h3 a"));
        browser.visible(withText("h3", "Lịch sử"));
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways page scroll").isEqualTo(true);
        browser.screenshot("my-items-phone-item");
    }

    private String itemText(String code) {
        return browser.visible(By.cssSelector("section[data-code='" + code + "']")).getText();
    }
}
