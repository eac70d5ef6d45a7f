package vn.cchc.editorial.article;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.Browser;
import vn.cchc.editorial.BrowserTest;
import vn.cchc.editorial.Tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.Browser.withText;

/**
 * An author's item from the first word to the portal, as the people involved click through it (issue 13, "What it
 * must show"): written in the editor with a heading, a list, a table and an uploaded picture, a fragment of Word
 * pasted, previewed and
 * sent; the Board reads the same on its review form, previews it and sends it back with a comment; the author
 * changes one paragraph; the Board sees that change and its earlier comment, and approves; the portal shows the
 * item with the picture from its own host; "Tin bài của tôi" shows each step, on a desktop and on a phone.
 */
@BrowserTest
class AuthorJourneyBrowserTest {

    static final String AUTHOR = "ttbcxb.tacgia";
    static final String COMMENT = "Bổ sung số liệu quý I cho đoạn đầu.";
    static final String CHANGE = " Số hồ sơ trực tuyến quý I tăng 35%.";

    @LocalServerPort
    int port;

    Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.screenshot("journey-last");
            browser.close();
        }
    }

    @Test
    void anItemWrittenSentBackRevisedAndApprovedReadsTheSameAtEachStep() throws IOException {
        String title = "Hành trình của một tin bài " + System.nanoTime();
        Path picture = Files.createDirectories(Path.of("target", "uploads")).resolve("mot-cua.png");
        Files.write(picture, UploadFixtures.png(640, 360));
        browser = Browser.open(port);
        Tasklist tasklist = new Tasklist(browser);

        // the author writes: a heading, a paragraph, a list and a table from the toolbar, then a fragment of Word
        tasklist.logIn(AUTHOR);
        tasklist.openStartForm(TasklistBrowserTest.PROCESS);
        tasklist.fill("Tiêu đề", title);
        tasklist.fill("Sapo (đoạn tóm tắt)", "Kết quả cải cách thủ tục hành chính quý I.");
        tasklist.typeInEditor("Kết quả quý I");
        tasklist.headingInEditor();
        tasklist.typeInEditor(Keys.END, Keys.ENTER, "Hồ sơ trực tuyến tăng mạnh.", Keys.ENTER);
        tasklist.editorButton("Danh sách");
        tasklist.typeInEditor("Một cửa", Keys.ENTER, "Bưu chính công ích", Keys.ENTER, Keys.ENTER);
        tasklist.tableInEditor();
        tasklist.typeInEditor("Quý", Keys.TAB, "Hồ sơ", Keys.TAB, "I", Keys.TAB, "1245");
        tasklist.typeInEditor(Keys.chord(Keys.CONTROL, Keys.END));
        tasklist.uploadPictureInEditor(picture, () -> { });
        tasklist.typeInEditor(Keys.chord(Keys.CONTROL, Keys.END));
        tasklist.pasteInEditor(wordFixture());
        browser.waiting().until(d -> tasklist.contentAsSubmitted().contains("Xem thêm"));
        String written = tasklist.contentAsSubmitted();
        assertThat(written).containsPattern("<img src=\"/api/uploads/[0-9a-f-]{36}\"");
        assertThat(written).contains("<h2>Kết quả quý I</h2>", "<li>Một cửa</li>", "<td>1245</td>",
                "<h2>Kết quả cải cách thủ tục hành chính</h2>", "<ol><li>Nộp hồ sơ</li><li>Nhận kết quả</li></ol>")
                .doesNotContain("Mso", "mso-", "<o:p", "style=", "class=");
        browser.screenshot("journey-1-written");

        browser.click(withText("button", "Xem trước"));
        inPreview(frame -> {
            assertThat(frame.findElement(By.cssSelector("article h1")).getText()).isEqualTo(title);
            assertThat(frame.findElements(By.cssSelector("article .content table"))).hasSize(2);
            assertThat(frame.findElement(By.cssSelector("article .content ul")).getText()).contains("Một cửa");
            assertThat(frame.findElements(By.cssSelector("article .content img"))).hasSize(1);
        });
        browser.screenshot("journey-2-preview");
        browser.click(withText("button", "Đóng bản xem trước"));
        tasklist.select("Chủ đề (theo Kế hoạch)", "8. Mô hình, giải pháp hiệu quả, điển hình tốt trong CCHC");
        tasklist.tick("Loại tin bài", "Tin");
        tasklist.tick("Kênh đăng", "Cổng thông tin điện tử của Sở");
        tasklist.submitStartForm();
        assertThat(tasklist.notification("Đã gửi tin bài cho Ban Biên tập.")).isNotBlank();
        assertThat(myItem(title)).contains("Chờ Ban Biên tập duyệt", "Duyệt tin bài");
        browser.screenshot("journey-3-my-items-sent");
        browser.go("/camunda/app/tasklist/");
        tasklist.logOut();

        // the Board reads the same, previews it, and sends it back with a comment
        tasklist.logIn("bbt.bientap");
        String review = "Duyệt tin bài: " + title;
        tasklist.openFilter(TasklistBrowserTest.GROUP_FILTER);
        tasklist.openTask(review);
        // read and previewed before the task is taken ("Nhận việc"), as a member of the Board looks before taking it
        browser.visible(By.cssSelector(".disabled-form form.fjs-form"));
        WebElement content = tasklist.reviewFormContent();
        assertThat(content.findElement(By.tagName("h2")).getText()).isEqualTo("Kết quả quý I");
        assertThat(content.findElements(By.cssSelector("table"))).hasSize(2);
        assertThat(content.findElements(By.cssSelector("ol li"))).hasSize(2);
        assertLoadedFromOurHost(content.findElement(By.tagName("img")), "/api/uploads/");
        browser.click(withText("button", "Xem trước"));
        inPreview(frame -> {
            assertThat(frame.findElement(By.cssSelector("article h1")).getText()).isEqualTo(title);
            assertThat(frame.findElement(By.cssSelector("article .meta")).getText()).contains("Phòng Thông tin – Báo chí – Xuất bản");
            assertThat(frame.findElements(By.cssSelector("article .content table"))).hasSize(2);
        });
        browser.screenshot("journey-4-review-preview");
        tasklist.claimIfOffered();
        tasklist.tick("Ý kiến của Ban Biên tập", "Trả lại để tác giả sửa");
        tasklist.fill("Ý kiến (bắt buộc khi trả lại hoặc từ chối)", COMMENT);
        tasklist.complete();
        browser.gone(Tasklist.openTaskTitled(review));
        assertThat(tasklist.notification("Đã trả lại tin bài cho tác giả.")).isNotBlank();
        tasklist.logOut();

        // the author changes one paragraph, previews and sends it again
        tasklist.logIn(AUTHOR);
        assertThat(myItem(title)).contains("Tác giả đang sửa", "Vòng 1: Trả lại để tác giả sửa", COMMENT);
        browser.screenshot("journey-5-my-items-sent-back");
        browser.go("/camunda/app/tasklist/");
        browser.visible(By.cssSelector("li.account"));
        String revision = "Sửa tin bài theo ý kiến Ban Biên tập: " + title;
        browser.click(By.xpath("//ol[contains(@class,'tasks-list')]//a[normalize-space()=" + Browser.literal(revision) + "]"));
        browser.visible(Tasklist.openTaskTitled(revision));
        assertThat(tasklist.field("Ý kiến của Ban Biên tập").getDomProperty("value")).isEqualTo(COMMENT);
        String editor = tasklist.editor();
        browser.script("const ed = tinymce.get(arguments[0]); ed.focus(); ed.selection.select(ed.dom.select('p')[0], true);"
                + " ed.selection.collapse(false);", editor);
        browser.driver().switchTo().frame(browser.visible(By.cssSelector(".cchc-content-editor .tox-edit-area iframe")));
        try {
            browser.driver().findElement(By.id("tinymce")).sendKeys(CHANGE);
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        browser.waiting().until(d -> tasklist.contentAsSubmitted().contains("<p>Hồ sơ trực tuyến tăng mạnh." + CHANGE + "</p>"));
        browser.click(withText("button", "Xem trước"));
        inPreview(frame -> assertThat(frame.findElement(By.cssSelector("article .content")).getText()).contains(CHANGE.strip()));
        browser.screenshot("journey-6-revised");
        tasklist.complete();
        browser.gone(Tasklist.openTaskTitled(revision));
        assertThat(tasklist.notification("Đã gửi tin bài đã sửa cho Ban Biên tập.")).isNotBlank();
        tasklist.logOut();

        // the Board sees its earlier comment and the one change, and approves
        tasklist.logIn("bbt.bientap");
        tasklist.openFilter(TasklistBrowserTest.GROUP_FILTER);
        tasklist.openTask(review);
        tasklist.claimIfOffered();
        String history = browser.visible(By.cssSelector("form.fjs-form .cchc-lich-su")).getText();
        assertThat(history).contains("Trả lại để tác giả sửa", COMMENT, "Tác giả đã sửa gì từ vòng trước", "Nội dung");
        assertThat(browser.visible(By.cssSelector("form.fjs-form .cchc-lich-su span.cchc-them")).getText()).contains(CHANGE.strip());
        browser.screenshot("journey-7-review-difference");
        tasklist.tick("Ý kiến của Ban Biên tập", "Duyệt đăng");
        tasklist.complete();
        browser.gone(Tasklist.openTaskTitled(review));
        assertThat(tasklist.notification("Đã duyệt tin bài.")).isNotBlank();

        // the portal shows it as written
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(browser.go("/portal").text()).contains(title));
        browser.click(withText("a", title));
        WebElement article = browser.visible(By.cssSelector("article .content"));
        assertThat(article.findElements(By.cssSelector("h2"))).hasSize(2);
        assertThat(article.findElements(By.cssSelector("table"))).hasSize(2);
        assertThat(article.getText()).contains("Hồ sơ trực tuyến tăng mạnh." + CHANGE, "Nộp hồ sơ");
        assertLoadedFromOurHost(article.findElement(By.tagName("img")), "/portal/tep/");
        browser.screenshot("journey-8-portal");
        browser.go("/camunda/app/tasklist/");
        tasklist.logOut();

        // "Tin bài của tôi": each step, on a desktop and on a phone
        tasklist.logIn(AUTHOR);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(myItem(title)).contains("Đã đăng trên"));
        assertThat(myItem(title)).contains("Đã duyệt đăng", "Vòng 1: Trả lại để tác giả sửa", COMMENT, "Vòng 2: Duyệt đăng");
        browser.click(By.xpath("//section[.//h3/a[normalize-space()=" + Browser.literal(title) + "]]//h3/a"));
        browser.visible(withText("h2", title));
        assertThat(browser.text()).contains("Gửi tin bài cho Ban Biên tập", "Ban Biên tập: Trả lại để tác giả sửa",
                "Gửi lại tin bài đã sửa (lần 1)", "Đã sửa: nội dung", "Ban Biên tập: Duyệt đăng", "Đã đăng trên");
        browser.screenshot("journey-9-my-item-history");
        browser.close();

        browser = Browser.phone(port);
        Tasklist.logInOnAPhone(browser, AUTHOR);
        browser.click(By.cssSelector("li.cchc-tin-bai-cua-toi a"));
        assertThat(browser.visible(By.xpath("//section[.//h3/a[normalize-space()=" + Browser.literal(title) + "]]")).getText())
                .contains("Đã duyệt đăng", "Đã đăng trên");
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways page scroll").isEqualTo(true);
        browser.screenshot("journey-10-my-items-phone");
    }

    /** The picture is shown (decoded, not its alt text) and comes from this application at {@code path}. */
    private void assertLoadedFromOurHost(WebElement image, String path) {
        String origin = browser.driver().getCurrentUrl().replaceAll("^(https?://[^/]+).*", "$1");
        assertThat(image.getDomProperty("src")).startsWith(origin + path);
        browser.waiting().until(d -> Long.parseLong(String.valueOf(browser.script(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", image))) > 0);
    }

    /** "Tin bài của tôi", opened from Tasklist's header, and what it says of the item of that title. */
    private String myItem(String title) {
        if (!browser.url().contains("/tin-bai-cua-toi")) {
            browser.click(By.cssSelector("li.cchc-tin-bai-cua-toi a"));
        } else {
            browser.driver().navigate().refresh();
        }
        return browser.visible(By.xpath("//section[.//h3/a[normalize-space()=" + Browser.literal(title) + "]]")).getText();
    }

    private void inPreview(Consumer<org.openqa.selenium.WebDriver> check) {
        browser.driver().switchTo().frame(browser.visible(By.cssSelector(".cchc-preview iframe")));
        try {
            browser.waiting().until(d -> !d.findElements(By.cssSelector("article h1")).isEmpty());
            check.accept(browser.driver());
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    static String wordFixture() {
        try (InputStream in = AuthorJourneyBrowserTest.class.getResourceAsStream("/paste/word.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
