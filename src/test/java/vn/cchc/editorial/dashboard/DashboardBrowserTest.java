package vn.cchc.editorial.dashboard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import vn.cchc.editorial.Browser;
import vn.cchc.editorial.BrowserTest;
import vn.cchc.editorial.Tasklist;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.Browser.withText;
import static vn.cchc.editorial.dashboard.DashboardData.*;

/**
 * The Office's monitor on the dashboard in a real browser, on a desktop and a phone, with the known data
 * set ({@link DashboardData}); an author is refused; the directors get no Cockpit links; the monitor's
 * Cockpit task overview works.
 */
@BrowserTest
class DashboardBrowserTest extends WithDashboardData {

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void theMonitorSeesTheMatrixOnADesktopAndACellLeadsToItsItems() {
        browser = Browser.open(port);
        logInAndReachTheDashboard("vp.theodoi");
        browser.go("/dashboard?year=2024");

        assertCell(JULY, "MET", "Đạt");
        assertCell(AUGUST, "MISSED", "Không đạt");
        assertCell(OCTOBER, "CREDITED", "Đạt nhờ tính bù");
        assertCell(NOVEMBER, "IN_PROGRESS", "Đang thực hiện");
        assertCell(DECEMBER, "NOT_YET_DUE", "Chưa đến kỳ");
        // periods marked not followed up at the plan's start: in words, and in a neutral colour, not a miss's red
        WebElement notFollowed = browser.visible(By.cssSelector(".legend .cell.state-NOT_FOLLOWED"));
        assertThat(notFollowed.getText()).isEqualTo("Không theo dõi");
        assertThat(notFollowed.getCssValue("background-color")).isEqualTo("rgba(250, 250, 250, 1)");
        assertThat(browser.text()).contains("Thực hiện chỉ tiêu", "Hạn sắp tới", "Thanh tra Sở", "13 ngày",
                "Tin bài đã đăng năm 2024", "Theo chủ đề", "Theo đơn vị", "Theo tháng");
        browser.visible(By.cssSelector("div.chart.drawn[data-chart='byMonth'] svg"));
        assertThat(browser.all(By.cssSelector("table.chart-data[data-chart='byMonth'] tbody tr"))).hasSize(12);
        browser.screenshot("dashboard-desktop");

        browser.click(By.cssSelector("a.cell[data-period='" + JULY + "']"));
        browser.visible(withText("td", JULY_TITLE));
        assertThat(browser.url()).endsWith("/dashboard/periods/" + JULY);
        assertThat(browser.text()).contains("Đơn vị chủ trì: Phòng Chuyển đổi số", "Đăng trong kỳ");
        WebElement cockpit = browser.visible(withText("a", "Xem trong Cockpit"));
        assertThat(cockpit.getDomAttribute("href")).startsWith("/camunda/app/cockpit/default/#/process-instance/");
        browser.screenshot("dashboard-period");

        browser.click(withText("a", "Xem trong Cockpit"));
        browser.visible(By.cssSelector("li.account"));
        browser.visible(withText("*", "Duyệt và đăng tin bài CCHC"));
        assertThat(browser.text()).doesNotContain("Bạn không có quyền");
    }

    @Test
    void theMonitorReadsTheDashboardOnAPhone() {
        browser = Browser.phone(port);
        logInAndReachTheDashboard("vp.theodoi");
        browser.go("/dashboard?year=2024");

        assertCell(AUGUST, "MISSED", "Không đạt");
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways page scroll").isEqualTo(true);
        browser.screenshot("dashboard-phone");
    }

    @Test
    void anAuthorIsOfferedNoLinkAndIsRefused() {
        browser = Browser.open(port);
        Tasklist.logIn(browser, "tasklist", "vp.tacgia");
        assertThat(browser.all(By.cssSelector("li.cchc-bang-theo-doi"))).isEmpty();

        browser.go("/dashboard");
        browser.visible(withText("h2", "Tài khoản của bạn không có quyền xem trang này."));
        assertThat(browser.text()).doesNotContain("Exception", "Forbidden");
        browser.screenshot("dashboard-refused");
    }

    @Test
    void theDirectorsLandOnTheDashboardAndReachItFromTasklistWithoutCockpitLinks() {
        browser = Browser.open(port);
        logIn("bgd.giamdoc"); // no task ever waits for the directors
        browser.waiting().until(d -> onTheDashboard());
        browser.visible(withText("h2", "Thực hiện chỉ tiêu"));

        browser.go("/camunda/app/tasklist/default/"); // logged in already: stays in Tasklist
        browser.click(By.cssSelector("li.cchc-bang-theo-doi a"));
        browser.visible(withText("h2", "Thực hiện chỉ tiêu"));
        assertThat(onTheDashboard()).isTrue();

        browser.go("/dashboard/periods/" + JULY);
        browser.visible(withText("td", JULY_TITLE));
        assertThat(browser.all(By.cssSelector("a[href*='/cockpit/']"))).as("no link that Cockpit would refuse").isEmpty();
        browser.screenshot("dashboard-directors-period");
    }

    @Test
    void theMonitorsCockpitTaskOverviewNeedsNoFurtherGrant() {
        browser = Browser.open(port);
        Tasklist.logIn(browser, "cockpit", "vp.theodoi");
        browser.go("/camunda/app/cockpit/default/#/tasks");
        browser.visible(withText("*", "Phân công theo nhóm"));
        assertThat(browser.text()).doesNotContain("Bạn không có quyền", "permission", "Không lấy được tài nguyên");
        browser.screenshot("cockpit-tasks-office");
    }

    private void logInAndReachTheDashboard(String user) {
        logInAndReachTheDashboard(browser, port, user);
    }

    /**
     * Logs in on the welcome page; lands on the dashboard when no task waits for the user, otherwise
     * follows the header's link to it (opening the folded menu on a phone): one click either way.
     */
    static void logInAndReachTheDashboard(Browser browser, int port, String user) {
        logIn(browser, user);
        By link = By.cssSelector("li.cchc-bang-theo-doi a");
        By menu = By.cssSelector("button.navbar-toggle");
        try {
            // the script may still be deciding to go on by itself: click only while not yet there
            browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
                if (onTheDashboard(browser, port)) {
                    return true;
                }
                List<WebElement> shown = d.findElements(link).stream().filter(WebElement::isDisplayed).toList();
                if (!shown.isEmpty()) {
                    shown.get(0).click();
                } else if (!d.findElements(link).isEmpty()) {
                    d.findElements(menu).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
                }
                return false;
            });
            browser.visible(withText("h2", "Thực hiện chỉ tiêu"));
        } catch (RuntimeException e) {
            browser.screenshot("dashboard-login-" + user + "-failed");
            throw new AssertionError("not on the dashboard at " + browser.url() + ":\n" + browser.text(), e);
        }
    }

    private void logIn(String user) {
        logIn(browser, user);
    }

    /** Logs in on the welcome page, as the Office's monitors and the directors do (docs/huong-dan-su-dung.md). */
    static void logIn(Browser browser, String user) {
        browser.go("/camunda/app/welcome/default/");
        Tasklist.submitLogin(browser, user);
    }

    /** The dashboard's own address, not a Camunda app's route. */
    private boolean onTheDashboard() {
        return onTheDashboard(browser, port);
    }

    private static boolean onTheDashboard(Browser browser, int port) {
        return browser.url().startsWith("http://localhost:" + port + "/dashboard");
    }

    private void assertCell(String periodId, String state, String words) {
        WebElement cell = browser.visible(By.cssSelector("a.cell[data-period='" + periodId + "']"));
        assertThat(cell.getDomAttribute("class")).contains("state-" + state);
        assertThat(cell.getText()).as("the state in words, not colour alone").contains(words);
    }
}
