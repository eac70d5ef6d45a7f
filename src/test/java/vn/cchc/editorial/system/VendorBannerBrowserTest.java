package vn.cchc.editorial.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.Browser;
import vn.cchc.editorial.BrowserTest;
import vn.cchc.editorial.Tasklist;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No page a role sees carries Camunda's end-of-life banner ("It is time to migrate to Camunda 8"), which
 * Community Edition renders into every webapp's header, the footer's "Camunda Platform" link, any visible link
 * to camunda.org or camunda.com, or a label with nothing in it. The Office's monitors
 * and the directors are checked in Cockpit: Tasklist sends them on to their dashboard (DashboardBrowserTest),
 * which is no Camunda page.
 */
@BrowserTest
class VendorBannerBrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "vp.tacgia, tasklist",
            "vp.tacgia, welcome",
            "bbt.bientap, tasklist",
            "vp.theodoi, cockpit",
            "admin, tasklist",
            "admin, cockpit",
            "admin, admin",
    })
    void theEndOfLifeBannerIsRenderedButNeverShown(String user, String app) {
        if (app.equals("welcome")) {
            // the welcome page has no account menu to wait for
            browser.go("/camunda/app/welcome/");
            Tasklist.submitLogin(browser, user);
            browser.visible(By.cssSelector("[cam-widget-header] .navbar-brand"));
        } else {
            Tasklist.logIn(browser, app, user);
            if (browser.url().contains("/dashboard")) {
                // landed on the dashboard (no Camunda page); Tasklist opened again keeps the person there
                browser.go("/camunda/app/" + app + "/default/");
                browser.visible(By.cssSelector("li.account"));
            }
        }

        // Community Edition renders the banner into the header (and Angular may draw the header again):
        // wait until one is there, so the check below can fail, and read every banner in one snapshot
        @SuppressWarnings("unchecked")
        Map<String, Long> banners = (Map<String, Long>) browser.waiting().until(d -> {
            Map<String, Long> found = (Map<String, Long>) browser.script("""
                    const banners = Array.from(document.querySelectorAll('.ce-eol-banner'));
                    return {rendered: banners.length,
                            shown: banners.filter(b => getComputedStyle(b).display !== 'none').length};
                    """);
            return found.get("rendered") > 0 ? found : null;
        });
        assertThat(banners.get("shown")).isZero();
        assertThat(browser.text()).doesNotContain("Camunda 8", "Camunda 7 CE", "Camunda Platform");
        // no way out to the vendor's site, docs or forum that a civil servant cannot use
        @SuppressWarnings("unchecked")
        List<String> vendorLinks = (List<String>) browser.script("""
                return Array.from(document.querySelectorAll('a[href]'))
                    .filter(a => a.offsetParent !== null && /camunda\\.(org|com)/.test(a.href))
                    .map(a => a.outerHTML);
                """);
        assertThat(vendorLinks).isEmpty();
        assertThat(browser.script("return document.documentElement.lang")).as("the page's language").isEqualTo("vi");

        @SuppressWarnings("unchecked")
        List<String> emptyLabels = (List<String>) browser.script("""
                return Array.from(document.querySelectorAll('label'))
                    .filter(l => l.offsetParent !== null && l.textContent.trim() === ''
                        && !l.getAttribute('aria-label') && !l.querySelector('input, select, textarea'))
                    .map(l => l.outerHTML);
                """);
        assertThat(emptyLabels).isEmpty();
        browser.screenshot("no-banner-" + app + "-" + user);
    }
}
