package vn.cchc.editorial.article;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.Browser;
import vn.cchc.editorial.BrowserTest;
import vn.cchc.editorial.Tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.Browser.withText;

/**
 * The item's content written in the editor of the draft form (tasklist/vi-forms/content-editor.js): a heading,
 * a list and a table from the toolbar, a fragment of Word pasted (src/test/resources/paste/word.html); what the
 * editor gives the form is what the server keeps (ContentRules), the Board reads it so, the portal shows it.
 */
@BrowserTest
class ContentEditorBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    HistoryService history;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ArticleRepository articles;

    Browser browser;
    Tasklist tasklist;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
        tasklist = new Tasklist(browser);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot("editor-last-" + test.getTestMethod().orElseThrow().getName());
        browser.close();
    }

    static String wordFixture() {
        try (InputStream in = ContentEditorBrowserTest.class.getResourceAsStream("/paste/word.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anItemWrittenInTheEditorReachesTheBoardAndThePortalAsWritten() {
        String title = "Soạn bằng trình soạn thảo " + System.nanoTime();
        tasklist.logIn("vp.tacgia");
        tasklist.openStartForm(TasklistBrowserTest.PROCESS);
        tasklist.fill("Tiêu đề", title);
        tasklist.editor();
        assertThat(browser.visible(By.cssSelector(".cchc-content-rules")).getText())
                .isEqualTo(ContentRules.inWords());
        assertThat(browser.driver().findElement(Tasklist.CONTENT_FIELD).isDisplayed()).as("the raw HTML field is hidden").isFalse();

        // a heading from the "Kiểu đoạn" menu
        tasklist.typeInEditor("Kết quả quý I");
        assertThat(tasklist.field("Tiêu đề").getDomProperty("value")).as("typed into the editor, not the field before it").isEqualTo(title);
        tasklist.editorButton("Kiểu đoạn: Đoạn văn");
        browser.click(By.xpath("//div[contains(@class,'tox-collection__item')][.//*[normalize-space()='Tiêu đề 2']]"));
        tasklist.typeInEditor(Keys.END, Keys.ENTER, "Hồ sơ trực tuyến tăng mạnh.", Keys.ENTER);
        // a list from its button
        tasklist.editorButton("Danh sách");
        tasklist.typeInEditor("Một cửa", Keys.ENTER, "Bưu chính công ích", Keys.ENTER, Keys.ENTER);
        // a table of 2 x 2 from the "Bảng" menu
        tasklist.editorButton("Bảng");
        browser.click(By.xpath("//div[contains(@class,'tox-collection__item')][.//*[normalize-space()='Bảng']]"));
        browser.click(By.cssSelector(".tox-insert-table-picker div[role='button']:nth-child(12)"));
        tasklist.typeInEditor("Quý", Keys.TAB, "Hồ sơ", Keys.TAB, "I", Keys.TAB, "1245");
        browser.screenshot("editor-typed");
        String typed = tasklist.contentAsSubmitted();
        assertThat(typed).contains("<h2>Kết quả quý I</h2>", "<ul>", "<li>Một cửa</li>", "<table>", "<td>1245</td>")
                .doesNotContain("style=", "class=", "colgroup");

        // a fragment of Word: its heading, bold, list, table, link kept; its styles, classes and local picture dropped
        tasklist.typeInEditor(Keys.chord(Keys.CONTROL, Keys.END));
        tasklist.pasteInEditor(wordFixture());
        browser.waiting().until(d -> tasklist.contentAsSubmitted().contains("Xem thêm"));
        String content = tasklist.contentAsSubmitted();
        browser.screenshot("editor-word-pasted");
        assertThat(content).contains("<h2>Kết quả cải cách thủ tục hành chính</h2>", "<strong>tiếp nhận 1.245 hồ sơ</strong>",
                        "<em>giải quyết đúng hạn</em>", "<ul><li>Tiếp nhận trực tuyến</li><li>Trả kết quả qua bưu điện</li></ul>",
                        "<ol><li>Nộp hồ sơ</li><li>Nhận kết quả</li></ol>", "<td><p><strong>Lĩnh vực</strong></p></td>",
                        "<a href=\"https://soctrang.gov.vn/cchc\">Xem thêm</a>")
                .doesNotContain("Mso", "mso-", "style", "class", "lang=", "<span", "<o:p", "file:", "<img", "·", "<p></p>");
        // the editor gives exactly what the server keeps: nothing the author sees is changed on the way
        assertThat(ContentSanitizer.sanitize(content).replace(" rel=\"nofollow\"", "")).isEqualTo(content);

        // "Xem trước": the portal's own page of the item, in a frame under the editor
        browser.click(withText("button", "Xem trước"));
        browser.driver().switchTo().frame(browser.visible(By.cssSelector(".cchc-preview iframe")));
        try {
            browser.waiting().until(d -> !d.findElements(By.cssSelector("article h1")).isEmpty());
            assertThat(browser.driver().findElement(By.cssSelector("article h1")).getText()).isEqualTo(title);
            assertThat(browser.driver().findElement(By.cssSelector(".preview-note")).getText()).startsWith("Bản xem trước");
            assertThat(browser.driver().findElements(By.cssSelector("article .content table"))).hasSize(2);
            assertThat(browser.driver().findElement(By.cssSelector("article .content ol")).getText()).contains("Nộp hồ sơ");
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        browser.screenshot("editor-preview");
        browser.click(withText("button", "Đóng bản xem trước"));

        tasklist.select("Chủ đề (theo Kế hoạch)", "8. Mô hình, giải pháp hiệu quả, điển hình tốt trong CCHC");
        tasklist.tick("Loại tin bài", "Tin");
        tasklist.tick("Kênh đăng", "Cổng thông tin điện tử của Sở");
        tasklist.submitStartForm();
        assertThat(tasklist.notification("Đã bắt đầu quy trình")).isNotBlank();
        String processInstanceId = history.createHistoricProcessInstanceQuery().processDefinitionKey("ArticlePublicationProcess")
                .variableValueEquals("title", title).singleResult().getId();
        Article stored = articles.findByProcessInstanceId(processInstanceId).orElseThrow();
        assertThat(stored.getContent().replace(" rel=\"nofollow\"", "")).isEqualTo(content);
        tasklist.logOut();

        tasklist.logIn("bbt.bientap");
        tasklist.openFilter(TasklistBrowserTest.GROUP_FILTER);
        tasklist.openTask("Duyệt tin bài: " + title);
        tasklist.claimIfOffered();
        WebElement shown = tasklist.formText(1);
        assertThat(shown.findElement(By.tagName("h2")).getText()).isEqualTo("Kết quả quý I");
        assertThat(shown.findElements(By.cssSelector("table tr"))).hasSize(4);
        assertThat(shown.findElements(By.cssSelector("ol li"))).hasSize(2);
        browser.screenshot("editor-review-form");
        tasklist.tick("Ý kiến của Ban Biên tập", "Duyệt đăng");
        tasklist.complete();
        browser.gone(Tasklist.openTaskTitled("Duyệt tin bài: " + title));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(browser.go("/portal").text()).contains(title));
        browser.click(withText("a", title));
        WebElement article = browser.visible(By.cssSelector("article .content"));
        assertThat(article.findElements(By.cssSelector("h2"))).hasSize(2);
        assertThat(article.findElements(By.cssSelector("table"))).hasSize(2);
        assertThat(article.findElement(By.cssSelector("ul li")).getText()).isEqualTo("Một cửa");
        browser.screenshot("editor-portal");
    }
}
