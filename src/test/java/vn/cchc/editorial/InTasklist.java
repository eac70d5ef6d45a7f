package vn.cchc.editorial;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A {@link BrowserTest} class's desktop Chromium, {@link #browser}, with Tasklist driven in it, {@link #tasklist}: both
 * anew for each test. After each test the page as the test left it is saved as
 * target/screenshots/{screenshots}-last-{test method}.png, then the browser is closed.
 */
public abstract class InTasklist {

    @LocalServerPort
    protected int port;

    protected Browser browser;
    protected Tasklist tasklist;

    private final String screenshots;

    /** {@code screenshots}: the start of the screenshots' names, the test class's subject ("uploads"). */
    protected InTasklist(String screenshots) {
        this.screenshots = screenshots;
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
        tasklist = new Tasklist(browser);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        try {
            browser.screenshot(screenshots + "-last-" + test.getTestMethod().orElseThrow().getName());
        } finally {
            browser.close();
        }
    }
}
