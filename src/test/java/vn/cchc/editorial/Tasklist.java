package vn.cchc.editorial;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import static vn.cchc.editorial.Browser.literal;
import static vn.cchc.editorial.Browser.withText;

/**
 * Camunda's webapps as a person uses them, by the Vietnamese words on the screen: log in and out
 * (Tasklist, Cockpit and Admin share the login page), start a process from its form, open a filter and
 * a task, claim and complete it, and fill Camunda Forms fields by their labels.
 */
public final class Tasklist {

    public static final String PASSWORD = "demo";

    private final Browser browser;

    public Tasklist(Browser browser) {
        this.browser = browser;
    }

    /**
     * Fills the login page's name and password (Tasklist's, Cockpit's, Admin's, Welcome's), and sends it. Each field is
     * looked at before going on, as a person looks: the page focuses its name field once drawn, which on a busy machine
     * came after the password field had been chosen, so that the password was typed into the name; then both are
     * typed again.
     */
    public static void submitLogin(Browser browser, String user) {
        By name = By.cssSelector("input[placeholder='Tên đăng nhập']");
        By password = By.cssSelector("input[placeholder='Mật khẩu']");
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            if (!user.equals(browser.visible(name).getDomProperty("value"))) {
                browser.type(name, user);
            }
            if (!PASSWORD.equals(browser.visible(password).getDomProperty("value"))) {
                browser.type(password, PASSWORD);
            }
            return user.equals(d.findElement(name).getDomProperty("value"))
                    && PASSWORD.equals(d.findElement(password).getDomProperty("value"));
        });
        browser.click(withText("button", "Đăng nhập"));
    }

    /**
     * Logs in at /camunda/app/{app}/ and waits for the header with the user's menu. In Tasklist, also until
     * the landing script (cchc/bang-theo-doi.js) has decided: the person stays, or (the Office's monitors,
     * the directors, administrators, with no task waiting) is on the dashboard; the next step starts from there.
     */
    public static void logIn(Browser browser, String app, String user) {
        browser.go("/camunda/app/" + app + "/");
        submitLogin(browser, user);
        if (app.equals("tasklist")) {
            browser.waiting().until(d -> d.getCurrentUrl().contains("/dashboard") || "stay".equals(
                    browser.script("return document.documentElement.dataset.cchcLanding || null")));
            if (browser.url().contains("/dashboard")) {
                return;
            }
        }
        browser.visible(By.cssSelector("li.account"));
    }


    /**
     * Logs in to Tasklist on a phone-size screen, where the header is folded into its menu button, and
     * opens that menu, so the header's links can be clicked next.
     */
    public static void logInOnAPhone(Browser browser, String user) {
        browser.go("/camunda/app/tasklist/");
        submitLogin(browser, user);
        browser.click(By.cssSelector("button.navbar-toggle"));
    }

    public Tasklist logIn(String user) {
        logIn(browser, "tasklist", user);
        return this;
    }

    public void logOut() {
        browser.click(By.cssSelector("li.account a.dropdown-toggle"));
        browser.click(withText("a", "Đăng xuất"));
        browser.visible(By.cssSelector("input[placeholder='Tên đăng nhập']"));
    }

    /**
     * Waits until the header names the person logged in as {@code shown} (full name and unit, cchc/ten-nguoi.js) and
     * answers whether the header's links still sit on one line.
     */
    public boolean headerNamesOnOneLine(String shown) {
        browser.waiting().until(d -> d.findElement(By.cssSelector("li.account > a.dropdown-toggle")).getText().trim().equals(shown));
        return Long.valueOf(1).equals(browser.script("return new Set(Array.from(document.querySelectorAll('nav.cam-nav.app-menu > ul > li'))"
                + ".filter(li => li.offsetParent).map(li => Math.round(li.getBoundingClientRect().top))).size"));
    }

    /** "Bắt đầu quy trình", then the process by its name; waits for its start form. */
    public void openStartForm(String processName) {
        browser.click(withText("a", "Bắt đầu quy trình"));
        browser.click(By.xpath("//div[contains(@class,'modal-body')]//a[normalize-space()=" + literal(processName) + "]"));
        browser.visible(By.cssSelector(".modal-dialog form.fjs-form"));
    }

    public void submitStartForm() {
        browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Bắt đầu']"));
    }

    /**
     * Waits until the first filter is the open one and counts some waiting work, as a person finds it on
     * logging in, and answers that filter's name ("Việc cần làm").
     */
    public String firstFilterOpenWithWork() {
        return browser.waiting().until(d -> {
            WebElement first = d.findElement(By.cssSelector(".task-filter"));
            String count = first.findElement(By.cssSelector(".counter")).getText().trim();
            return first.getDomAttribute("class").contains("active") && count.matches("[1-9]\\d*")
                    ? first.findElement(By.cssSelector("h4.name")).getText() : null;
        });
    }

    public void openFilter(String name) {
        browser.click(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space()," + literal(name) + ")]"));
    }

    /** Opens the task of that name in the list of the open filter and waits for its form. */
    public void openTask(String name) {
        browser.click(By.xpath("//ol[contains(@class,'tasks-list')]//a[normalize-space()=" + literal(name) + "]"));
        browser.visible(openTaskTitled(name));
        browser.visible(By.cssSelector("form.fjs-form"));
    }

    /** The heading of the open task, if it is the one of that name. */
    public static By openTaskTitled(String name) {
        return By.xpath("//*[contains(@class,'task-details')]//h2[normalize-space()=" + literal(name) + "]");
    }

    /** Claims the open task if nobody has it yet ("Nhận việc"). */
    public void claimIfOffered() {
        By claim = withText("button", "Nhận việc");
        if (!browser.all(claim).isEmpty()) {
            browser.click(claim);
            browser.gone(claim);
        }
    }

    /** "Hoàn thành": submits the open task's form (see {@link #openTaskTitled} to wait for it to close). */
    public void complete() {
        browser.click(withText("button", "Hoàn thành"));
    }

    /** Waits for a notification, success or error, that contains the text, and answers all it says. */
    public String notification(String containing) {
        return browser.visible(By.xpath("//div[contains(@class,'notifications')]//div[contains(@class,'alert')]"
                + "[contains(normalize-space()," + literal(containing) + ")]")).getText();
    }

    // Camunda Forms fields, found by their labels

    /** The input, textarea or select of a field whose label reads {@code label} (without the required mark). */
    public WebElement field(String label) {
        WebElement labelElement = browser.visible(By.xpath("//form[contains(@class,'fjs-form')]//label["
                + "contains(@class,'fjs-form-field-label')][normalize-space(text()[1])=" + literal(label) + "]"));
        return browser.driver().findElement(By.id(labelElement.getDomAttribute("for")));
    }

    /** What the form itself says under a field, once it says something (its checks run in the browser). */
    public String fieldErrors(String label) {
        String id = field(label).getDomAttribute("id");
        return browser.visible(By.xpath("//form[contains(@class,'fjs-form')]//div[contains(@class,'fjs-form-field')]"
                + "[.//*[@id=" + literal(id) + "]]//div[contains(@class,'fjs-form-field-error')]")).getText();
    }

    /** The field's whole block (label, input, messages) by its label. */
    public static By fieldBlock(String label) {
        return By.xpath(fieldBlockPath(label));
    }

    /** The server's refusal as shown under a field (vi-forms/form-help.js). */
    public static By fieldRefusal(String label) {
        return By.xpath(fieldBlockPath(label) + "//div[contains(@class,'cchc-field-refusal')]");
    }

    private static String fieldBlockPath(String label) {
        return "//form[contains(@class,'fjs-form')]//div[contains(concat(' ', @class, ' '),' fjs-form-field ')]"
                + "[label[contains(@class,'fjs-form-field-label')][normalize-space(text()[1])=" + literal(label) + "]]";
    }

    public void fill(String label, String text) {
        WebElement input = field(label);
        browser.type(By.id(input.getDomAttribute("id")), text);
    }

    /** Opens a select field and picks the option that reads {@code option}. */
    public void select(String label, String option) {
        String id = field(label).getDomAttribute("id");
        browser.click(By.id(id + "-display"));
        browser.click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + literal(option) + "]"));
    }

    /** Ticks a radio button or checkbox {@code option} of the group labelled {@code label}. */
    public void tick(String label, String option) {
        browser.click(By.xpath("//form[contains(@class,'fjs-form')]//div[contains(@class,'fjs-form-field')]"
                + "[label[normalize-space(text()[1])=" + literal(label) + "]]"
                + "//label[normalize-space()=" + literal(option) + "]/input"));
    }

    // the content's editor (tasklist/vi-forms/content-editor.js) in the draft and revision forms

    /** The content field's textarea, hidden under the editor once it is ready. */
    public static final By CONTENT_FIELD = By.cssSelector("form.fjs-form textarea.fjs-textarea[id$='-Field_content']");

    /** Waits for the editor in place of the content field and answers its TinyMCE id. */
    public String editor() {
        return browser.waiting().until(d -> {
            String id = d.findElement(CONTENT_FIELD).getDomAttribute("data-cchc-editor");
            return id != null && !id.equals("pending") && !browser.all(By.cssSelector(".cchc-content-editor .tox-edit-area iframe")).isEmpty()
                    ? id : null;
        });
    }

    /** Types into the editor where its cursor is (the start, at first), as a person does. */
    public void typeInEditor(CharSequence... keys) {
        String editor = editor();
        browser.script("tinymce.get(arguments[0]).focus()", editor);
        browser.driver().switchTo().frame(browser.visible(By.cssSelector(".cchc-content-editor .tox-edit-area iframe")));
        try {
            browser.driver().findElement(By.id("tinymce")).sendKeys(keys);
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        // as a person looks before going on: what the editor shows is what the form holds
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.script(
                "return tinymce.get(arguments[0]).getContent() === arguments[1].value", editor, d.findElement(CONTENT_FIELD))));
    }

    /** A toolbar button of the editor by its Vietnamese label ("In đậm", "Danh sách", "Bảng"…). */
    public void editorButton(String label) {
        browser.click(By.cssSelector(".cchc-content-editor .tox-editor-header [aria-label=" + cssString(label) + "]"));
    }

    /** Makes the editor's current paragraph a heading ("Tiêu đề 2", h2) from the paragraph-style menu. */
    public void headingInEditor() {
        editorButton("Kiểu đoạn: Đoạn văn");
        browser.click(By.xpath("//div[contains(@class,'tox-collection__item')][.//*[normalize-space()='Tiêu đề 2']]"));
    }

    /** Inserts a table of 2 x 2 cells at the cursor from the "Bảng" menu; the cursor is then in its first cell. */
    public void tableInEditor() {
        editorButton("Bảng");
        browser.click(By.xpath("//div[contains(@class,'tox-collection__item')][.//*[normalize-space()='Bảng']]"));
        browser.click(By.cssSelector(".tox-insert-table-picker div[role='button']:nth-child(12)"));
    }

    /** Pastes HTML into the editor as the clipboard gives it (a paste event carrying text/html). */
    public void pasteInEditor(String html) {
        editor();
        browser.script("const body = document.querySelector('.cchc-content-editor .tox-edit-area iframe').contentDocument.body;"
                + "const data = new DataTransfer(); data.setData('text/html', arguments[0]);"
                + "data.setData('text/plain', body.ownerDocument.createRange().createContextualFragment(arguments[0]).textContent);"
                + "body.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));", html);
    }

    /**
     * Uploads the picture at {@code file} through the editor's image dialog ("Tải lên" tab, POST /api/uploads) and
     * inserts it at the cursor; returns once the content holds it. {@code beforeSaving} sees the dialog once the
     * server has answered with the picture's address on this host.
     */
    public void uploadPictureInEditor(java.nio.file.Path file, Runnable beforeSaving) {
        int before = contentAsSubmitted().split("<img", -1).length;
        editorButton("Chèn/sửa hình ảnh");
        browser.click(By.xpath("//div[contains(@class,'tox-dialog')]//div[@role='tab'][normalize-space()='Tải lên']"));
        browser.driver().findElement(By.cssSelector(".tox-dialog input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        browser.waiting().until(d -> {
            WebElement source = d.findElement(By.cssSelector(".tox-dialog .tox-form input.tox-textfield"));
            return source.isDisplayed() && source.getDomProperty("value").contains("/api/uploads/");
        });
        beforeSaving.run();
        browser.click(By.xpath("//div[contains(@class,'tox-dialog')]//button[normalize-space()='Lưu']"));
        browser.waiting().until(d -> contentAsSubmitted().split("<img", -1).length > before);
    }

    /** The HTML the form will submit as the content (what the editor wrote back into the field). */
    public String contentAsSubmitted() {
        return (String) browser.script("return arguments[0].value", browser.driver().findElement(CONTENT_FIELD));
    }

    private static String cssString(String text) {
        return "\"" + text.replace("\"", "\\\"") + "\"";
    }

    /**
     * The review form's content as the Board reads it: the form's third text component, after the heading and
     * the earlier rounds (article-review.form; the rounds' text is empty in the first round).
     */
    public WebElement reviewFormContent() {
        return formText(2);
    }

    /** The form's text component at the given position among the form's text components (0 first). */
    public WebElement formText(int index) {
        return browser.all(By.cssSelector("form.fjs-form .fjs-form-field-text")).get(index);
    }
}
