package vn.cchc.editorial.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import java.util.List;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.Browser;
import vn.cchc.editorial.BrowserTest;
import vn.cchc.editorial.Tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.Browser.withText;

/** Cockpit and Admin open for the administrator and speak Vietnamese. */
@BrowserTest
class CamundaWebappsBrowserTest {

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

    @Test
    void cockpitShowsTheDashboardAndTheProcessesInVietnamese() {
        Tasklist.logIn(browser, "cockpit", "admin");

        browser.visible(withText("*", "Phiên chạy quy trình đang diễn ra"));
        assertThat(browser.text()).contains("Hệ thống duyệt tin bài CCHC – Giám sát quy trình", "Sự cố chưa xử lý",
                "Định nghĩa quy trình").doesNotContain("Running Process Instances", "Open Incidents", "Deployed");
        browser.screenshot("cockpit-dashboard");

        browser.go("/camunda/app/cockpit/default/#/processes");
        browser.visible(withText("*", "Duyệt và đăng tin bài CCHC"));
        assertThat(browser.text()).doesNotContain("Process Definitions");
    }

    @Test
    void theOfficeReadsAProcessInstanceInCockpitWithoutEnglishWords() {
        String instance = Items.start(new RestClient(port, "vp.tacgia"), "Tin xem trong Cockpit " + System.nanoTime(),
                "[\"DEPARTMENT_PORTAL\"]");
        Tasklist.logIn(browser, "cockpit", "vp.theodoi");
        browser.go("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime");
        browser.visible(By.xpath("//dt[contains(normalize-space(), 'Mã phiên chạy quy trình cấp trên')]"));
        // the diagram's zoom buttons are drawn with the diagram
        browser.waiting().until(d -> browser.script("return document.querySelector('[title=\"Phóng to\"]') !== null"));

        assertThat(browser.text()).doesNotContainPattern("(?m)^\\s*null\\s*$").doesNotContain("Actions", "Camunda Platform");
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('[title]')).map(e => e.getAttribute('title'));");
        assertThat(titles).doesNotContain("zoom in", "zoom out", "reset zoom").contains("Phóng to", "Thu nhỏ");
        browser.screenshot("cockpit-process-instance");
    }

    @Test
    void adminListsTheUsersInVietnamese() {
        Tasklist.logIn(browser, "admin", "admin");

        browser.visible(withText("*", "Danh sách người dùng"));
        assertThat(browser.text()).contains("Hệ thống duyệt tin bài CCHC – Quản trị", "Tạo người dùng mới", "Phân quyền")
                .doesNotContain("Create new user", "Authorizations");

        browser.go("/camunda/app/admin/default/#/users");
        browser.visible(By.xpath("//td[normalize-space()='bbt.bientap']"));
        assertThat(browser.text()).contains("Thêm người dùng", "Mai", "Huỳnh Thanh");
        browser.screenshot("admin-users");
    }
}
