package vn.cchc.editorial.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.editorial.InTasklist;
import vn.cchc.editorial.BrowserTest;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.Tasklist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A picture uploaded in the editor of the draft form (the image dialog's "Tải lên" tab, POST /api/uploads), sent with
 * the item, and shown to the Board on the review form from our own host; a paste's pictures from another host removed
 * with a note, its scripts and event handlers gone; the upload limits written under the editor.
 */
@BrowserTest
class ItemFilesBrowserTest extends InTasklist {

    @Autowired
    HistoryService history;
    @Autowired
    ArticleRepository articles;
    @Autowired
    ItemFileRepository files;
    @Autowired
    UploadProperties limits;

    ItemFilesBrowserTest() {
        super("uploads");
    }

    @Test
    void aPictureTheServerRefusesUnreadIsNamedInTheEditor() throws IOException {
        // over spring.servlet.multipart.max-file-size: the container refuses it before its name is read
        Path tooLarge = Files.createDirectories(Path.of("target", "uploads")).resolve("anh-qua-lon.jpg");
        Files.write(tooLarge, new byte[13 * 1024 * 1024]);

        tasklist.logIn("vp.tacgia");
        tasklist.openStartForm(TasklistBrowserTest.PROCESS);
        tasklist.editor();
        tasklist.editorButton("Chèn/sửa hình ảnh");
        browser.click(By.xpath("//div[contains(@class,'tox-dialog')]//div[@role='tab'][normalize-space()='Tải lên']"));
        browser.driver().findElement(By.cssSelector(".tox-dialog input[type='file']")).sendKeys(tooLarge.toAbsolutePath().toString());
        browser.waiting().until(d -> d.findElement(By.tagName("body")).getText().contains("Tệp “anh-qua-lon.jpg”"));
        browser.screenshot("uploads-refused-unread");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("vượt quá dung lượng cho phép");
    }

    @Test
    void aDocumentRefusedInTheLinkDialogIsSaidOverThatDialogNamingTheFile() throws IOException {
        Path macro = Files.createDirectories(Path.of("target", "uploads")).resolve("bao-cao-macro.docx");
        Files.write(macro, UploadFixtures.ooxml(UploadFixtures.WORD_MAIN, "word/document.xml",
                Map.of("word/vbaProject.bin", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})));
        long stored = files.count();

        tasklist.logIn("vp.tacgia");
        tasklist.openStartForm(TasklistBrowserTest.PROCESS);
        tasklist.editor();
        tasklist.editorButton("Chèn/sửa liên kết");
        browser.click(By.cssSelector(".tox-dialog button.tox-browse-url"));
        // what the person chooses in the browser's file chooser
        browser.driver().findElement(By.cssSelector("input.cchc-file-picker")).sendKeys(macro.toAbsolutePath().toString());

        // said over the link dialog, where the person is, not behind its overlay; the dialog stays for another file
        By refusal = By.xpath("//div[contains(@class,'tox-dialog')][contains(normalize-space(), 'Tệp “bao-cao-macro.docx” có macro')]");
        browser.visible(refusal);
        browser.screenshot("uploads-refused-in-link-dialog");
        browser.click(By.xpath("//div[contains(@class,'tox-dialog')][contains(normalize-space(), 'Tệp “bao-cao-macro.docx”')]"
                + "//button[normalize-space()='OK' or normalize-space()='Đóng']"));
        browser.gone(refusal);
        assertThat(browser.visible(By.cssSelector(".tox-dialog")).getText()).contains("Chèn/sửa liên kết");
        assertThat(files.count()).as("nothing stored").isEqualTo(stored);
    }

    @Test
    void aPictureUploadedInTheEditorReachesTheBoardFromOurHost() throws IOException {
        String title = "Tin có ảnh tải lên " + System.nanoTime();
        Path picture = Files.createDirectories(Path.of("target", "uploads")).resolve("hoi-nghi.jpg");
        Files.write(picture, UploadFixtures.jpegWithScriptInMetadata());

        tasklist.logIn("vp.tacgia");
        tasklist.openStartForm(TasklistBrowserTest.PROCESS);
        tasklist.fill("Tiêu đề", title);
        tasklist.editor();
        assertThat(browser.visible(By.cssSelector(".cchc-upload-limits")).getText()).contains(limits.inWords());

        // a paste from a web page: its picture from another host goes (never fetched), with a note; its script too
        tasklist.typeInEditor("Hội nghị sơ kết công tác cải cách hành chính.");
        tasklist.pasteInEditor("<p onclick=\"alert(1)\">Ảnh từ báo: <img src=\"https://anh.example.com/hoi-nghi.jpg\" alt=\"báo\">"
                + "<a href=\"javascript:alert(2)\">xem</a></p><script>alert(3)</script>");
        browser.waiting().until(d -> tasklist.contentAsSubmitted().contains("Ảnh từ báo"));
        // the note is in the form under the editor, within its width, and goes when closed
        By note = By.cssSelector(".cchc-content-editor .cchc-editor-notice");
        assertThat(browser.visible(note).getText()).contains("Đã bỏ 1 hình ảnh dán từ nơi khác");
        assertThat(browser.script("const n = arguments[0].getBoundingClientRect(), f = arguments[0].closest('form').getBoundingClientRect();"
                + " return n.left >= f.left && n.right <= f.right;", browser.visible(note))).as("within the form").isEqualTo(true);
        browser.click(By.cssSelector(".cchc-editor-notice button.close"));
        browser.gone(note);
        assertThat(tasklist.contentAsSubmitted()).doesNotContain("<img", "anh.example.com", "onclick", "javascript:", "<script");

        // the picture from the computer, through the image dialog's upload tab
        tasklist.uploadPictureInEditor(picture, () -> browser.screenshot("uploads-image-dialog"));
        // a document: the link dialog's file picker puts in the address the upload answered, a path on this host
        // (done here as the picker does, since a browser's file chooser is not the page's); the dialog must not
        // make it "https:///api/uploads/…", an address of no host
        String document = new ObjectMapper().readTree(new RestClient(port, "vp.tacgia")
                .upload("ke-hoach.docx", UploadFixtures.docx()).getBody()).get("location").asText();
        tasklist.typeInEditor(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER);
        tasklist.editorButton("Chèn/sửa liên kết");
        List<WebElement> linkFields = browser.driver().findElements(By.cssSelector(".tox-dialog input.tox-textfield"));
        linkFields.get(0).sendKeys(document);
        linkFields.get(1).sendKeys(Keys.chord(Keys.CONTROL, "a"), "Kế hoạch kèm theo");
        browser.click(By.xpath("//div[contains(@class,'tox-dialog')]//button[normalize-space()='Lưu']"));
        browser.waiting().until(d -> tasklist.contentAsSubmitted().contains("Kế hoạch kèm theo"));
        assertThat(tasklist.contentAsSubmitted()).contains("<a href=\"" + document + "\">Kế hoạch kèm theo</a>")
                .doesNotContain("https:///");

        String content = tasklist.contentAsSubmitted();
        assertThat(content).containsPattern("<img src=\"/api/uploads/[0-9a-f-]{36}\"");
        browser.screenshot("uploads-editor");

        tasklist.select("Chủ đề (theo Kế hoạch)", "8. Mô hình, giải pháp hiệu quả, điển hình tốt trong CCHC");
        tasklist.tick("Loại tin bài", "Tin");
        tasklist.tick("Kênh đăng", "Cổng thông tin điện tử của Sở");
        tasklist.submitStartForm();
        String processInstanceId = browser.waiting().until(d -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("ArticlePublicationProcess").variableValueEquals("title", title).singleResult()).getId();
        Article stored = articles.findByProcessInstanceId(processInstanceId).orElseThrow();
        assertThat(files.countByArticleId(stored.getId())).as("the picture and the document").isEqualTo(2);
        tasklist.logOut();

        tasklist.logIn("bbt.bientap");
        tasklist.openFilter(TasklistBrowserTest.GROUP_FILTER);
        tasklist.openTask("Duyệt tin bài: " + title);
        tasklist.claimIfOffered();
        WebElement shown = tasklist.reviewFormContent();
        WebElement image = shown.findElement(By.tagName("img"));
        assertThat(image.getDomProperty("src")).startsWith(browser.driver().getCurrentUrl().replaceAll("^(https?://[^/]+).*", "$1")
                + "/api/uploads/");
        browser.waiting().until(d -> Long.parseLong(String.valueOf(browser.script(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", image))) > 0);
        assertThat(shown.getText()).contains("Ảnh từ báo");
        browser.screenshot("uploads-review-form");

        // approved: the portal's page shows the picture from the portal's own address, to anyone
        tasklist.tick("Ý kiến của Ban Biên tập", "Duyệt đăng");
        tasklist.complete();
        browser.gone(Tasklist.openTaskTitled("Duyệt tin bài: " + title));
        tasklist.logOut();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(browser.go("/portal").text()).contains(title));
        browser.go("/portal/articles/" + stored.getId());
        WebElement onPortal = browser.visible(By.cssSelector("article .content img"));
        assertThat(onPortal.getDomAttribute("src")).startsWith("/portal/tep/");
        browser.waiting().until(d -> Long.parseLong(String.valueOf(browser.script(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", onPortal))) > 0);
        browser.screenshot("uploads-portal");
    }
}
