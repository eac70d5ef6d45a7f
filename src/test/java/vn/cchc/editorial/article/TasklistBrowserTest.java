package vn.cchc.editorial.article;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.editorial.Browser;
import vn.cchc.editorial.InTasklist;
import vn.cchc.editorial.BrowserTest;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.Tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.Browser.withText;
import static vn.cchc.editorial.RestClient.variables;

/** The core path in Camunda Tasklist, as the author and the Editorial Board click through it. */
@BrowserTest
class TasklistBrowserTest extends InTasklist {

    static final String PROCESS = "Duyệt và đăng tin bài CCHC";
    static final String GROUP_FILTER = "Việc của đơn vị";

    @Autowired
    HistoryService history;
    @Autowired
    TaskService tasks;
    @Autowired
    Clock clock;
    @Autowired
    ArticleRepository articles;

    TasklistBrowserTest() {
        super("tasklist");
    }

    @Test
    void itemStartedFromTheFormAndApprovedByTheBoardAppearsOnThePortal() {
        String title = "Một cửa liên thông: hồ sơ được giải quyết trước hạn " + System.nanoTime();

        tasklist.logIn("vp.tacgia");
        tasklist.openStartForm(PROCESS);
        // Camunda Forms writes "Select" into an empty select; the Tasklist styles show "Chọn…" instead
        assertThat(browser.script("return getComputedStyle(arguments[0], '::before').content",
                browser.visible(By.cssSelector(".fjs-select-placeholder")))).isEqualTo("\"Chọn…\"");
        browser.screenshot("tasklist-start-form-empty");
        fillStartForm(title, "https://soctrang.gov.vn/tin-cchc");
        browser.screenshot("tasklist-start-form");
        tasklist.submitStartForm();
        // in the author's terms, not the engine's ("Đã bắt đầu quy trình")
        assertThat(tasklist.notification("Đã gửi tin bài cho Ban Biên tập.")).doesNotContain("quy trình");
        tasklist.logOut();

        tasklist.logIn("bbt.bientap");
        // the Board's first view is its waiting work, with its count: no filter to look for
        String waiting = tasklist.firstFilterOpenWithWork();
        assertThat(waiting).startsWith("Việc cần làm");
        String task = "Duyệt tin bài: " + title;
        browser.visible(By.xpath("//ol[contains(@class,'tasks-list')]//a[normalize-space()=" + Browser.literal(task) + "]"));
        browser.screenshot("tasklist-board-first-view");
        tasklist.openTask(task);
        tasklist.claimIfOffered();
        // the content reads formatted
        WebElement content = tasklist.reviewFormContent();
        assertThat(content.getText()).contains("Nội dung", "Hồ sơ được giải quyết đúng hạn đạt 99,8%.");
        assertThat(content.findElement(By.tagName("strong")).getText()).isEqualTo("99,8%");
        assertThat(tasklist.field("Tiêu đề").getDomProperty("value")).isEqualTo(title);
        browser.screenshot("tasklist-review-form");

        tasklist.tick("Ý kiến của Ban Biên tập", "Duyệt đăng");
        tasklist.complete();
        browser.gone(Tasklist.openTaskTitled(task));
        assertThat(tasklist.notification("Đã duyệt tin bài.")).isNotBlank();
        // Tasklist redraws its list after the completion, on its own time
        browser.waiting().until(d -> d.findElements(By.linkText(task)).isEmpty());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(browser.go("/portal").text()).contains(title));
        browser.click(withText("a", title));
        assertThat(browser.visible(By.cssSelector("article .content")).getText())
                .contains("Hồ sơ được giải quyết đúng hạn đạt 99,8%.");
    }

    @Test
    void aRefusedStartFormKeepsWhatWasTypedAndSaysWhyUnderTheFieldUntilItIsCorrected() {
        String title = "Tin có liên kết không hợp lệ " + System.nanoTime();
        String links = "Liên kết, tệp đính kèm, video (không bắt buộc)";

        tasklist.logIn("vp.tacgia");
        tasklist.openStartForm(PROCESS);
        fillStartForm(title, "javascript:alert(1)");
        String typed = tasklist.contentAsSubmitted();
        tasklist.submitStartForm();

        // the server's words, under the field they are about, in view; the notice only points there
        WebElement refusal = browser.visible(Tasklist.fieldRefusal(links));
        assertThat(refusal.getText()).isEqualTo(
                "Liên kết \"javascript:alert(1)\" không hợp lệ: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://.");
        assertThat(browser.isInView(Tasklist.fieldRefusal(links))).isTrue();
        assertThat(tasklist.notification("Chưa gửi được")).contains("\"" + links + "\"", "dưới từng ô")
                .doesNotContain("Cannot", "ENGINE", "javascript:");
        browser.screenshot("tasklist-start-form-refused");
        // the dialog stays open with what the author typed, and nothing was started
        assertThat(tasklist.field("Tiêu đề").getDomProperty("value")).isEqualTo(title);
        assertThat(tasklist.field(links).getDomProperty("value")).isEqualTo("javascript:alert(1)");
        assertThat(tasklist.contentAsSubmitted()).isEqualTo(typed);
        assertThat(browser.alertIsOpen()).isFalse();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("ArticlePublicationProcess")
                .variableValueEquals("title", title).count()).isZero();

        // corrected, the message goes, and the item is sent
        tasklist.field(links).clear();
        tasklist.fill(links, "https://soctrang.gov.vn/tin-cchc");
        browser.gone(Tasklist.fieldRefusal(links));
        tasklist.submitStartForm();
        assertThat(tasklist.notification("Đã gửi tin bài cho Ban Biên tập.")).isNotBlank();
        await().atMost(Duration.ofSeconds(10)).until(() -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("ArticlePublicationProcess").variableValueEquals("title", title).count() == 1);
    }

    @Test
    void aChoiceMadeRightAfterWritingInTheEditorKeepsWhatWasWritten() {
        tasklist.logIn("vp.tacgia");
        tasklist.openStartForm(PROCESS);
        String editor = tasklist.editor();
        // written and, in the same moment, a choice in another field: Camunda Forms redraws the form for the choice,
        // and would draw the content as it was had it not taken what the editor wrote (it waits for a pause in typing)
        browser.script("tinymce.get(arguments[0]).setContent('<p>Viết rồi chọn ngay.</p>');"
                + "document.querySelector(\"form.fjs-form input[type='radio']\").click();", editor);
        browser.waiting().until(d -> !d.findElements(By.cssSelector("form.fjs-form input[type='radio']:checked")).isEmpty());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(tasklist.contentAsSubmitted()).isEqualTo("<p>Viết rồi chọn ngay.</p>"));
        assertThat(browser.text()).doesNotContain("Trường này bắt buộc phải điền");
    }

    @Test
    void theFormsOwnChecksSpeakVietnamese() {
        tasklist.logIn("vp.tacgia");
        tasklist.openStartForm(PROCESS);
        tasklist.fill("Tiêu đề", "T".repeat(251));
        // a required field shows its check once touched: typed in, then emptied
        tasklist.typeInEditor("x", Keys.BACK_SPACE);
        tasklist.field("Tiêu đề").click();

        // form-js writes these in English ("Field is required.", "Field must have maximum length of 250.")
        assertThat(tasklist.fieldErrors("Tiêu đề")).isEqualTo("Dài quá giới hạn 250 ký tự.");
        assertThat(tasklist.fieldErrors("Nội dung")).isEqualTo("Trường này bắt buộc phải điền.");
        browser.screenshot("tasklist-start-form-checks");
        assertThat(browser.text()).doesNotContain("Field is required", "Field must");
        assertThat(browser.visible(withText("button", "Bắt đầu")).isEnabled()).as("nothing can be started yet").isFalse();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("ArticlePublicationProcess")
                .variableValueEquals("title", "T".repeat(251)).count()).isZero();
    }

    @Test
    void sendingBackWithoutACommentIsRefusedAtTheCommentAndWhatWasTypedOutlivesReopeningTheTask() {
        String title = "Tin cần bổ sung số liệu " + System.nanoTime();
        String processInstanceId = ArticleLifecycleTest.startItem(new RestClient(port, "vp.tacgia"), title, "[\"DEPARTMENT_PORTAL\"]");
        String comment = "Ý kiến (bắt buộc khi trả lại hoặc từ chối)";

        tasklist.logIn("bbt.bientap");
        tasklist.openFilter(GROUP_FILTER);
        String task = "Duyệt tin bài: " + title;
        tasklist.openTask(task);
        tasklist.claimIfOffered();
        tasklist.tick("Ý kiến của Ban Biên tập", "Trả lại để tác giả sửa");
        tasklist.complete();

        assertThat(browser.visible(Tasklist.fieldRefusal(comment)).getText())
                .isEqualTo("Khi trả lại hoặc từ chối tin bài, Ban Biên tập phải ghi ý kiến.");
        assertThat(tasklist.notification("Chưa gửi được")).contains("\"" + comment + "\"").doesNotContain("Cannot", "ENGINE", "TaskListener");
        browser.screenshot("tasklist-send-back-refused");
        assertThat(browser.visible(Tasklist.openTaskTitled(task)).isDisplayed()).isTrue();
        assertThat(tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("Task_ReviewArticle").count()).isOne();

        // typing the comment clears the message
        tasklist.fill(comment, "Bổ sung số liệu");
        browser.gone(Tasklist.fieldRefusal(comment));

        // the page reloaded, the task opened again: the choice and the comment are as they were left
        browser.driver().navigate().refresh();
        browser.visible(Tasklist.openTaskTitled(task));
        browser.waiting().until(d -> "Bổ sung số liệu".equals(tasklist.field(comment).getDomProperty("value")));
        assertThat(browser.driver().findElement(By.xpath("//label[normalize-space()='Trả lại để tác giả sửa']/input")).isSelected()).isTrue();
        browser.screenshot("tasklist-typed-kept");

        tasklist.complete();
        browser.gone(Tasklist.openTaskTitled(task));
        assertThat(tasklist.notification("Đã trả lại tin bài cho tác giả.")).isNotBlank();
        assertThat(browser.script("return Object.keys(localStorage).filter(k => k.startsWith('camunda-form:')).length"))
                .as("nothing typed is kept once the task is done").isEqualTo(0L);
    }

    @Test
    void provincialDecisionFormAsksForTheAddressAndDateOnlyOnceApproved() {
        String title = "Tin gửi Chuyên trang CCHC của tỉnh " + System.nanoTime();
        RestClient author = new RestClient(port, "vp.tacgia");
        String processInstanceId = ArticleLifecycleTest.startItem(author, title, "[\"PROVINCIAL_CCHC_PAGE\"]");
        RestClient board = author.as("bbt.bientap");
        String review = board.json(board.get("/engine-rest/task?processInstanceId=" + processInstanceId
                + "&taskDefinitionKey=Task_ReviewArticle")).get(0).get("id").asText();
        assertThat(board.post("/engine-rest/task/" + review + "/submit-form", variables("reviewDecision", "APPROVE", "String"))
                .getStatusCode().value()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("Task_RecordProvincialDecision").count() == 1);
        LocalDate yesterday = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))).minusDays(1);

        tasklist.logIn("bbt.bientap");
        tasklist.openFilter(GROUP_FILTER);
        String task = "Ghi nhận kết quả duyệt của tỉnh: " + title;
        tasklist.openTask(task);
        tasklist.claimIfOffered();
        assertThat(tasklist.formText(0).getText()).contains("Kênh: Chuyên trang CCHC của tỉnh.");
        assertThat(browser.text()).doesNotContain("Địa chỉ bài đã đăng", "Ngày đăng", "Lý do không duyệt");

        tasklist.tick("Kết quả", "Không duyệt đăng");
        assertThat(tasklist.field("Lý do không duyệt").isDisplayed()).isTrue();
        assertThat(browser.text()).doesNotContain("Địa chỉ bài đã đăng");
        tasklist.tick("Kết quả", "Đã duyệt đăng");
        tasklist.fill("Địa chỉ bài đã đăng", "https://cchc.soctrang.gov.vn/tin-tuc/123");
        // Camunda Forms' date picker takes the American order, as its placeholder says
        assertThat(tasklist.field("Ngày đăng").getDomAttribute("placeholder")).isEqualTo("mm/dd/yyyy");
        tasklist.fill("Ngày đăng", yesterday.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")) + Keys.ENTER);
        assertThat(browser.text()).doesNotContain("Lý do không duyệt");
        browser.screenshot("tasklist-provincial-decision-form");
        tasklist.complete();
        browser.gone(Tasklist.openTaskTitled(task));

        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName("publishedOn").singleResult().getValue()).isEqualTo(yesterday.toString());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).finished().count()).isOne();
    }

    static String wordFixture() {
        try (InputStream in = TasklistBrowserTest.class.getResourceAsStream("/paste/word.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The item's content written in the editor of the draft form (tasklist/vi-forms/content-editor.js): a heading,
     * a list and a table from the toolbar, a fragment of Word pasted (src/test/resources/paste/word.html), the
     * preview; what the editor gives the form is what the server keeps (ContentRules), the Board reads it so, the
     * portal shows it.
     */
    @Test
    void anItemWrittenInTheEditorReachesTheBoardAndThePortalAsWritten() {
        String title = "Soạn bằng trình soạn thảo " + System.nanoTime();
        tasklist.logIn("vp.tacgia");
        tasklist.openStartForm(PROCESS);
        tasklist.fill("Tiêu đề", title);
        tasklist.editor();
        assertThat(browser.visible(By.cssSelector(".cchc-content-rules")).getText())
                .isEqualTo(ContentRules.inWords());
        assertThat(browser.driver().findElement(Tasklist.CONTENT_FIELD).isDisplayed()).as("the raw HTML field is hidden").isFalse();

        // a heading from the "Kiểu đoạn" menu
        tasklist.typeInEditor("Kết quả quý I");
        assertThat(tasklist.field("Tiêu đề").getDomProperty("value")).as("typed into the editor, not the field before it").isEqualTo(title);
        tasklist.headingInEditor();
        tasklist.typeInEditor(Keys.END, Keys.ENTER, "Hồ sơ trực tuyến tăng mạnh.", Keys.ENTER);
        // a list from its button
        tasklist.editorButton("Danh sách");
        tasklist.typeInEditor("Một cửa", Keys.ENTER, "Bưu chính công ích", Keys.ENTER, Keys.ENTER);
        // a table of 2 x 2 from the "Bảng" menu
        tasklist.tableInEditor();
        tasklist.typeInEditor("Quý", Keys.TAB, "Hồ sơ", Keys.TAB, "I", Keys.TAB, "1245");
        // no merging or splitting of cells, which the server would not keep (no colspan, rowspan): neither in
        // "Bảng" nor in a right click's menu
        tasklist.editorButton("Bảng");
        assertThat(browser.visible(By.cssSelector(".tox-menu")).getText()).contains("Dòng", "Cột").doesNotContain("Ô", "Gộp ô", "Tách ô");
        browser.click(By.cssSelector(".cchc-content-editor .tox-editor-header [aria-label=\"Bảng\"]"));
        browser.gone(By.cssSelector(".tox-menu"));
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
        assertThat(tasklist.notification("Đã gửi tin bài cho Ban Biên tập.")).isNotBlank();
        String processInstanceId = history.createHistoricProcessInstanceQuery().processDefinitionKey("ArticlePublicationProcess")
                .variableValueEquals("title", title).singleResult().getId();
        Article stored = articles.findByProcessInstanceId(processInstanceId).orElseThrow();
        assertThat(stored.getContent().replace(" rel=\"nofollow\"", "")).isEqualTo(content);
        tasklist.logOut();

        tasklist.logIn("bbt.bientap");
        tasklist.openFilter(GROUP_FILTER);
        tasklist.openTask("Duyệt tin bài: " + title);
        tasklist.claimIfOffered();
        WebElement shown = tasklist.reviewFormContent();
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

    private void fillStartForm(String title, String links) {
        tasklist.fill("Tiêu đề", title);
        tasklist.fill("Sapo (đoạn tóm tắt)", "Sở công bố kết quả giải quyết hồ sơ quý I.");
        // in the content's editor, bold with Ctrl+B as in a word processor
        tasklist.typeInEditor("Hồ sơ được giải quyết đúng hạn đạt ", Keys.chord(Keys.CONTROL, "b"), "99,8%",
                Keys.chord(Keys.CONTROL, "b"), ".");
        tasklist.select("Chủ đề (theo Kế hoạch)", "11. Tiện ích và hướng dẫn sử dụng dịch vụ công trực tuyến, Bộ phận một cửa");
        tasklist.tick("Loại tin bài", "Tin");
        tasklist.tick("Kênh đăng", "Cổng thông tin điện tử của Sở");
        tasklist.fill("Liên kết, tệp đính kèm, video (không bắt buộc)", links);
    }
}
