package vn.cchc.editorial.dashboard;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.cchc.editorial.Browser;
import vn.cchc.editorial.BrowserTest;
import vn.cchc.editorial.Tasklist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.Browser.withText;
import static vn.cchc.editorial.dashboard.DashboardData.*;

/**
 * The Office's report pages in a real browser, on a desktop and a phone, with the known data set
 * ({@link DashboardData}): the dashboard's monthly reports lead to the month's page, which shows every unit's
 * report and moves between months; the Office uploads a corrected periodic report through the page's form,
 * a renamed other file is refused in Vietnamese; an author is refused both pages.
 */
@BrowserTest
class ReportPagesBrowserTest extends WithDashboardData {

    /** A periodic report no other test of the shared application starts. */
    static final String PERIOD = "2024-Q1";

    @TempDir
    Path files;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void theMonitorFollowsTheDashboardsMonthlyReportsToTheMonthsPageOnADesktop() {
        browser = Browser.open(port);
        logIn("vp.theodoi");
        browser.go("/dashboard?year=2024");

        assertThat(browser.visible(By.cssSelector("#bao-cao-thang h2")).getText())
                .isEqualTo("Báo cáo tháng 10/2024 của các đơn vị (hạn 05/11/2024)");
        assertStatus("#bao-cao-thang tr[data-unit='phong-cds'] .report", "ON_TIME", "Đúng hạn");
        assertStatus("#bao-cao-thang tr[data-unit='thanh-tra'] .report", "LATE", "Gửi muộn");
        assertStatus("#bao-cao-thang tr[data-unit='van-phong'] .report", "MISSING", "Chưa gửi, đã quá hạn");
        browser.screenshot("dashboard-monthly-reports");

        browser.click(By.cssSelector("#bao-cao-thang tr[data-unit='phong-cds'] td a"));
        browser.visible(By.id("don-vi-phong-cds"));
        assertThat(browser.url()).endsWith("/dashboard/reports/2024-10#don-vi-phong-cds");
        assertThat(browser.text()).contains("Báo cáo kết quả tuyên truyền CCHC tháng 10/2024 của các đơn vị", CDS_MEETINGS,
                CDS_DIFFICULTIES, CDS_PROPOSALS, "Niêm yết quy trình tiếp công dân", "Đơn vị chưa gửi báo cáo tháng này.");
        WebElement cds = browser.visible(By.cssSelector("article#don-vi-phong-cds"));
        assertThat(cds.getText()).contains("Phòng Chuyển đổi số", "Đúng hạn", "Tin bài đã soạn", "Hội nghị, cuộc họp có lồng ghép nội dung CCHC");
        assertStatus("#tong-hop tr[data-unit='thanh-tra'] .report", "LATE", "Gửi muộn");
        browser.screenshot("reports-month-desktop");

        assertThat(browser.visible(By.cssSelector("nav.years a[rel='next']")).getText()).isEqualTo("Tháng 11/2024 »");
        browser.click(By.cssSelector("nav.years a[rel='prev']"));
        browser.visible(withText("h2", "Báo cáo kết quả tuyên truyền CCHC tháng 9/2024 của các đơn vị"));
        assertThat(browser.url()).endsWith("/dashboard/reports/2024-09");

        browser.go("/dashboard/reports/2024-13");
        browser.visible(withText("h2", "Yêu cầu không hợp lệ."));
        assertThat(browser.text()).contains("Tháng \"2024-13\" không hợp lệ").doesNotContain("Exception");
        browser.screenshot("reports-month-malformed");
    }

    @Test
    void theMonitorReadsTheMonthsReportsOnAPhone() {
        browser = Browser.phone(port);
        logIn("vp.theodoi");
        browser.go("/dashboard/reports/2024-10");

        browser.visible(By.id("don-vi-thanh-tra"));
        assertStatus("#tong-hop tr[data-unit='phong-cds'] .report", "ON_TIME", "Đúng hạn");
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways page scroll").isEqualTo(true);
        browser.screenshot("reports-month-phone");
    }

    @Test
    void theOfficeUploadsACorrectedPeriodicReportThroughThePageAndARenamedFileIsRefused() throws IOException {
        periodicReportBeingChecked(runtime, tasks, PERIOD, "quý I năm 2024");
        Path renamed = Files.write(files.resolve("bao-cao-quy-1.docx"), "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        Path corrected = files.resolve("bao-cao-quy-1-da-sua.docx");
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Báo cáo quý I năm 2024 – bản Văn phòng đã sửa.");
            doc.write(out);
            Files.write(corrected, out.toByteArray());
        }

        browser = Browser.open(port);
        logIn("vp.theodoi");
        browser.go("/dashboard?year=2024");
        browser.click(withText("a", "Báo cáo định kỳ gửi Sở Nội vụ"));
        WebElement row = browser.visible(By.cssSelector("tr[data-period='" + PERIOD + "']"));
        assertThat(row.getText()).contains("Báo cáo quý I năm 2024", "Văn phòng đang kiểm tra dự thảo", "Dự thảo (.docx)");
        browser.screenshot("reports-periodic-desktop");
        browser.click(withText("a", "Báo cáo quý I năm 2024"));

        browser.visible(By.id("file")).sendKeys(renamed.toAbsolutePath().toString());
        browser.click(withText("button", "Tải lên"));
        WebElement refusal = browser.visible(By.cssSelector("p.refusal"));
        assertThat(refusal.getText()).contains("Tệp không phải văn bản Word (.docx)");
        browser.screenshot("reports-periodic-refused");

        browser.visible(By.id("file")).sendKeys(corrected.toAbsolutePath().toString());
        browser.click(withText("button", "Tải lên"));
        browser.visible(By.cssSelector("p.stored"));
        assertThat(browser.text()).contains("Đã lưu bản sửa", "bản sửa do Đặng Thanh Bình (Văn phòng Sở (theo dõi kế hoạch)) tải lên").doesNotContain("vp.theodoi");
        assertThat(browser.url()).endsWith("/dashboard/reports/periodic/" + PERIOD + "?saved");
        browser.screenshot("reports-periodic-stored");
    }

    @Test
    void theDirectorsReadThePeriodicReportsOnAPhoneWithoutAnUploadForm() {
        browser = Browser.phone(port);
        logIn("bgd.giamdoc");
        browser.go("/dashboard/reports/periodic?year=2024");

        browser.visible(withText("h2", "Báo cáo định kỳ gửi Sở Nội vụ năm 2024"));
        assertThat(browser.all(By.cssSelector("table.periodic-reports tbody tr"))).hasSize(4);
        assertThat(browser.all(By.cssSelector("form.upload"))).isEmpty();
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways page scroll").isEqualTo(true);
        browser.screenshot("reports-periodic-phone");
    }

    @Test
    void anAuthorIsRefusedBothPages() {
        browser = Browser.open(port);
        Tasklist.logIn(browser, "tasklist", "cds.tacgia");

        browser.go("/dashboard/reports/2024-10");
        browser.visible(withText("h2", "Tài khoản của bạn không có quyền xem trang này."));
        assertThat(browser.text()).doesNotContain(CDS_DIFFICULTIES, "Exception", "Forbidden");
        browser.go("/dashboard/reports/periodic");
        browser.visible(withText("h2", "Tài khoản của bạn không có quyền xem trang này."));
        browser.screenshot("reports-refused");
    }

    /**
     * Logs in as the Office's monitors and the Directors do and reaches the dashboard (the landing script of
     * the welcome page has then decided, and moves the browser no more); the test then opens its own page.
     */
    private void logIn(String user) {
        DashboardBrowserTest.logInAndReachTheDashboard(browser, port, user);
    }

    private void assertStatus(String css, String status, String words) {
        WebElement cell = browser.visible(By.cssSelector(css));
        assertThat(cell.getDomAttribute("class")).contains("report-" + status);
        assertThat(cell.getText()).as("the status in words, not colour alone").isEqualTo(words);
    }
}
