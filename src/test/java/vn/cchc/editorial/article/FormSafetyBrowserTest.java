package vn.cchc.editorial.article;

import org.camunda.bpm.engine.HistoryService;
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

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.Browser.withText;

/**
 * What a person types in Tasklist's forms is not lost on the way: an Escape in the editor closes only what it is
 * about, a refusal's notice says what was not sent and why without hiding the form's button and goes once the
 * marked fields are changed, and a text typed right before the click that sends it is what arrives.
 */
@BrowserTest
class FormSafetyBrowserTest extends InTasklist {

    static final String LINKS = "Liên kết, tệp đính kèm, video (không bắt buộc)";
    static final String COMMENT = "Ý kiến (bắt buộc khi trả lại hoặc từ chối)";

    @Autowired
    HistoryService history;

    FormSafetyBrowserTest() {
        super("form-safety");
    }

    @Test
    void escapeInTheEditorsDialogsAndMenusClosesOnlyThemNotTheStartForm() {
        startFormAsAuthor("Tin viết dở", "Đoạn đã viết.");

        for (String button : new String[] {"Chèn/sửa liên kết", "Chèn/sửa hình ảnh"}) {
            tasklist.editorButton(button);
            browser.visible(By.cssSelector(".tox-dialog"));
            // the dialog's buttons say what they do in Vietnamese, the folder button's tooltip too
            assertThat((String) browser.script("return Array.from(document.querySelectorAll('.tox-dialog [title], .tox-dialog [aria-label]'))"
                    + ".map(e => (e.getAttribute('title') || '') + ' ' + (e.getAttribute('aria-label') || '')).join(' | ')"))
                    .as("the words of the dialog of " + button).doesNotContainPattern("\\b(Browse|Cancel|Save|Close|Upload|General)\\b");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            browser.gone(By.cssSelector(".tox-dialog"));
            assertStartFormStillOpenWithWhatWasTyped();
        }
        // a menu of the toolbar ("Kiểu đoạn"), and the toolbar itself
        tasklist.editorButton("Kiểu đoạn: Đoạn văn");
        browser.visible(By.cssSelector(".tox-menu"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.gone(By.cssSelector(".tox-menu"));
        assertStartFormStillOpenWithWhatWasTyped();
        browser.driver().findElement(By.cssSelector(".cchc-content-editor .tox-editor-header [aria-label='In đậm']")).sendKeys(Keys.ESCAPE);
        assertStartFormStillOpenWithWhatWasTyped();
    }

    /** The author logged in, a new item's start form open with its title and a paragraph typed. */
    private void startFormAsAuthor(String title, String paragraph) {
        tasklist.logIn("vp.tacgia");
        tasklist.openStartForm(TasklistBrowserTest.PROCESS);
        tasklist.fill("Tiêu đề", title);
        tasklist.typeInEditor(paragraph);
    }

    private void assertStartFormStillOpenWithWhatWasTyped() {
        // the modal's own list of open dialogs, which an Escape that reached it has already emptied
        assertThat(browser.script("return !!angular.element(document.body).injector().get('$uibModalStack').getTop()"))
                .as("the start form is still open").isEqualTo(true);
        assertThat(browser.visible(By.cssSelector(".modal-dialog form.fjs-form")).isDisplayed()).isTrue();
        assertThat(tasklist.field("Tiêu đề").getDomProperty("value")).isEqualTo("Tin viết dở");
        assertThat(tasklist.contentAsSubmitted()).isEqualTo("<p>Đoạn đã viết.</p>");
    }

    @Test
    void whatWasTypedInAStartFormClosedByMistakeIsThereWhenItIsOpenedAgainUntilItIsSent() {
        String title = "Tin viết dở rồi đóng nhầm " + System.nanoTime();
        startFormAsAuthor(title, "Đoạn đã viết.");
        tasklist.tick("Loại tin bài", "Bài viết");
        // Escape outside the editor still closes the dialog
        tasklist.field("Tiêu đề").sendKeys(Keys.ESCAPE);
        browser.gone(By.cssSelector(".modal-dialog"));

        tasklist.openStartForm(TasklistBrowserTest.PROCESS);
        browser.waiting().until(d -> title.equals(tasklist.field("Tiêu đề").getDomProperty("value")));
        tasklist.editor();
        assertThat(tasklist.contentAsSubmitted()).isEqualTo("<p>Đoạn đã viết.</p>");
        assertThat(browser.driver().findElement(By.xpath("//label[normalize-space()='Bài viết']/input")).isSelected()).isTrue();
        browser.screenshot("form-safety-start-form-reopened");

        tasklist.select("Chủ đề (theo Kế hoạch)", "11. Tiện ích và hướng dẫn sử dụng dịch vụ công trực tuyến, Bộ phận một cửa");
        tasklist.tick("Kênh đăng", "Cổng thông tin điện tử của Sở");
        tasklist.submitStartForm();
        assertThat(tasklist.notification("Đã gửi tin bài cho Ban Biên tập.")).isNotBlank();
        // sent: the next item starts from an empty form
        tasklist.openStartForm(TasklistBrowserTest.PROCESS);
        tasklist.editor();
        assertThat(tasklist.field("Tiêu đề").getDomProperty("value")).isEmpty();
        assertThat(tasklist.contentAsSubmitted()).isEmpty();
    }

    @Test
    void aStartFormsRefusalSaysWhatWasNotSentAndGoesOnceEveryMarkedFieldIsChanged() {
        tasklist.logIn("vp.tacgia");
        tasklist.openStartForm(TasklistBrowserTest.PROCESS);
        // a title of spaces passes the form's own check ("required"), not the server's; so does no link
        tasklist.fill("Tiêu đề", "   ");
        tasklist.fill("Sapo (đoạn tóm tắt)", "Tóm tắt.");
        tasklist.typeInEditor("Nội dung.");
        pickTopicKindAndChannel();
        tasklist.fill(LINKS, "javascript:alert(1)");
        tasklist.submitStartForm();

        browser.visible(Tasklist.fieldRefusal("Tiêu đề"));
        browser.visible(Tasklist.fieldRefusal(LINKS));
        WebElement notice = refusalNotice("Chưa gửi được tin bài");
        assertThat(textOf(notice)).contains("Chưa gửi được tin bài: Hãy sửa \"Tiêu đề\", \"" + LINKS + "\" theo hướng dẫn")
                .doesNotContain(" :", "quy trình", "Cannot", "ENGINE");
        assertUncovered(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Bắt đầu']"));
        browser.screenshot("form-safety-start-refused");

        // one field of two changed: the notice stays for the other
        tasklist.fill(LINKS, "https://soctrang.gov.vn/tin-cchc");
        browser.gone(Tasklist.fieldRefusal(LINKS));
        assertThat(notice.isDisplayed()).isTrue();
        tasklist.fill("Tiêu đề", "Tin đã sửa " + System.nanoTime());
        browser.gone(By.xpath(noticePath("Chưa gửi được tin bài")));
        assertThat(browser.all(Tasklist.fieldRefusal("Tiêu đề"))).isEmpty();
    }

    @Test
    void aTaskFormsRefusalLeavesItsButtonsInViewAndGoesOnceTheCommentIsWritten() {
        String task = reviewTaskInTasklist("Tin trả lại không ý kiến ");
        tasklist.tick("Ý kiến của Ban Biên tập", "Trả lại để tác giả sửa");
        tasklist.complete();

        browser.visible(Tasklist.fieldRefusal(COMMENT));
        WebElement notice = refusalNotice("Chưa gửi được ý kiến duyệt tin bài");
        assertThat(textOf(notice)).contains("Chưa gửi được ý kiến duyệt tin bài: Hãy sửa \"" + COMMENT + "\"")
                .doesNotContain(" :", "biểu mẫu công việc", "Cannot", "ENGINE");
        browser.screenshot("form-safety-task-refused");
        assertUncovered(withText("button", "Hoàn thành"));
        assertUncovered(Tasklist.fieldBlock(COMMENT));

        tasklist.fill(COMMENT, "Bổ sung số liệu.");
        browser.gone(By.xpath(noticePath("Chưa gửi được ý kiến duyệt tin bài")));
        assertThat(browser.visible(Tasklist.openTaskTitled(task)).isDisplayed()).isTrue();
    }

    /**
     * Camunda Forms takes a typed value after a pause in typing, or when the field is left; a click that moves the focus
     * leaves it, but "Hoàn thành" activated where the focus stays (Safari's and a screen reader's click, the keyboard)
     * used to send the value as it was before the pause.
     */
    @Test
    void aCommentTypedRightBeforeHoanThanhArrivesWithTheDecision() {
        String task = reviewTaskInTasklist("Tin có ý kiến gõ vội ");
        String processInstanceId = processOf(task);
        tasklist.tick("Ý kiến của Ban Biên tập", "Trả lại để tác giả sửa");
        // typed and sent in the same moment, the focus still in the comment
        tasklist.field(COMMENT).sendKeys("Bổ sung số liệu quý I.");
        browser.script("arguments[0].click()", browser.visible(withText("button", "Hoàn thành")));

        browser.gone(Tasklist.openTaskTitled(task));
        assertThat(tasklist.notification("Đã trả lại tin bài cho tác giả.")).isNotBlank();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName("reviewComment").singleResult().getValue()).isEqualTo("Bổ sung số liệu quý I.");
    }

    @Test
    void aSummaryTypedRightBeforeBatDauIsTheOneStarted() {
        String title = "Tin gõ xong là gửi " + System.nanoTime();
        startFormAsAuthor(title, "Nội dung.");
        pickTopicKindAndChannel();
        // typed and sent in the same moment, the focus still in the summary
        tasklist.field("Sapo (đoạn tóm tắt)").sendKeys("Tóm tắt quý I.");
        browser.script("arguments[0].click()", browser.visible(
                By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Bắt đầu']")));

        assertThat(tasklist.notification("Đã gửi tin bài cho Ban Biên tập.")).isNotBlank();
        String started = history.createHistoricProcessInstanceQuery().processDefinitionKey("ArticlePublicationProcess")
                .variableValueEquals("title", title).singleResult().getId();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(started).variableName("summary")
                .singleResult().getValue()).isEqualTo("Tóm tắt quý I.");
    }

    /** The start form's choices, as an item on the department portal has them. */
    private void pickTopicKindAndChannel() {
        tasklist.select("Chủ đề (theo Kế hoạch)", "11. Tiện ích và hướng dẫn sử dụng dịch vụ công trực tuyến, Bộ phận một cửa");
        tasklist.tick("Loại tin bài", "Tin");
        tasklist.tick("Kênh đăng", "Cổng thông tin điện tử của Sở");
    }

    /** An item started by its author, its review task opened and claimed by the Board in Tasklist; answers its name. */
    private String reviewTaskInTasklist(String titlePrefix) {
        String title = titlePrefix + System.nanoTime();
        ArticleLifecycleTest.startItem(new RestClient(port, "vp.tacgia"), title, "[\"DEPARTMENT_PORTAL\"]");
        tasklist.logIn("bbt.bientap");
        tasklist.openFilter(TasklistBrowserTest.GROUP_FILTER);
        String task = "Duyệt tin bài: " + title;
        tasklist.openTask(task);
        tasklist.claimIfOffered();
        return task;
    }

    private String processOf(String task) {
        String title = task.substring("Duyệt tin bài: ".length());
        return history.createHistoricProcessInstanceQuery().variableValueEquals("title", title).singleResult().getId();
    }

    private static String textOf(WebElement notice) {
        return notice.getText().replaceAll("\\s+", " ");
    }

    private static String noticePath(String status) {
        return "//div[contains(@class,'notifications')]//div[contains(@class,'alert')][.//strong[contains(@class,'status')]"
                + "[normalize-space()=" + Browser.literal(status) + "]]";
    }

    private WebElement refusalNotice(String status) {
        return browser.visible(By.xpath(noticePath(status)));
    }

    /** Nothing lies over the element: the point at its middle is its own, and no notice overlaps it. */
    private void assertUncovered(By by) {
        WebElement element = browser.visible(by);
        browser.script("arguments[0].scrollIntoView({block: 'nearest', behavior: 'instant'})", element);
        assertThat(browser.script("const r = arguments[0].getBoundingClientRect();"
                + "const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + "const overlaps = Array.from(document.querySelectorAll('.notifications .alert')).some(n => {"
                + "  const o = n.getBoundingClientRect();"
                + "  return o.width > 0 && o.left < r.right && o.right > r.left && o.top < r.bottom && o.bottom > r.top; });"
                + "return !!hit && arguments[0].contains(hit) && !overlaps;", element)).as("%s is in sight", by).isEqualTo(true);
    }
}
