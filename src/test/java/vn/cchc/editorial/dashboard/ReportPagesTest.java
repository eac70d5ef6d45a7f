package vn.cchc.editorial.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.WebappSession;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.dashboard.DashboardData.*;

/**
 * The Office's report pages beside the dashboard and the dashboard's section of monthly reports, on the
 * known data set ({@link DashboardData}), through HTTP as a browser and a program send it: who may read,
 * the Vietnamese error page of a bad month, and the upload of a corrected periodic report through the
 * page's form (its CSRF field, the refusals with nothing stored, a file too large for the container).
 */
@ApplicationTest
class ReportPagesTest extends WithDashboardData {

    /** A periodic report no other test of the shared application starts. */
    static final String PERIOD = "2024-H1";

    @Test
    void theDashboardApiAndPageGiveTheMonthlyReportsDueThisMonth() {
        RestClient office = new RestClient(port, "vp.theodoi");
        JsonNode reports = office.json(office.get("/api/dashboard?year=2024")).get("monthlyReports");
        assertThat(reports.get("month").asText()).isEqualTo(REPORT_MONTH);
        assertThat(reports.get("link").asText()).isEqualTo("/dashboard/reports/2024-10");
        Map<String, String> status = new java.util.HashMap<>();
        reports.get("units").forEach(u -> status.put(u.get("unit").asText(), u.get("status").asText()));
        assertThat(status).containsExactlyInAnyOrderEntriesOf(Map.of("van-phong", "MISSING", "phong-ttbcxb", "MISSING",
                "phong-cds", "ON_TIME", "thanh-tra", "LATE", "trung-tam-cns", "MISSING"));
        JsonNode cds = reports.get("units").get(2);
        assertThat(cds.get("statusLabel").asText()).isEqualTo("Đúng hạn");
        assertThat(cds.get("link").asText()).isEqualTo("/dashboard/reports/2024-10#don-vi-phong-cds");

        HttpResponse<String> page = page(WebappSession.logIn(port, "vp.theodoi", "demo"), "/dashboard?year=2024");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Báo cáo tháng <span>10/2024</span> của các đơn vị", "Đúng hạn", "Gửi muộn",
                "Chưa gửi, đã quá hạn", "href=\"/dashboard/reports/2024-10#don-vi-thanh-tra\"",
                "href=\"/dashboard/reports/periodic?year=2024\"");
        // only 2024 has a plan here: no link to a year that would answer with a refusal
        assertThat(page.body()).doesNotContain("Năm 2023", "Năm 2025");
        assertThat(page(WebappSession.logIn(port, "vp.theodoi", "demo"), "/dashboard/reports/periodic?year=2024").body())
                .contains("Báo cáo định kỳ gửi Sở Nội vụ năm").doesNotContain("Năm 2023", "Năm 2025");

        // a malformed year: the page says what is wrong, as the API does
        HttpResponse<String> malformed = page(WebappSession.logIn(port, "vp.theodoi", "demo"), "/dashboard?year=abc");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("Yêu cầu không hợp lệ.", "Tham số &quot;year&quot; có giá trị không hợp lệ: &quot;abc&quot;")
                .doesNotContain("Exception");
    }

    @Test
    void theMonthsPageShowsEveryUnitsReportToTheDirectorsAndRefusesABadMonthInVietnamese() {
        WebappSession directors = WebappSession.logIn(port, "bgd.giamdoc", "demo");
        HttpResponse<String> october = page(directors, "/dashboard/reports/2024-10");
        assertThat(october.statusCode()).isEqualTo(200);
        assertThat(october.body()).contains("Báo cáo kết quả tuyên truyền CCHC tháng <span>10/2024</span>",
                "Phòng Chuyển đổi số", "Đúng hạn", "Thanh tra Sở", "Gửi muộn", "Chưa gửi, đã quá hạn", CDS_MEETINGS,
                CDS_DIFFICULTIES, CDS_PROPOSALS, "Niêm yết quy trình tiếp công dân", "23:59:59 05/11/2024",
                "href=\"/dashboard/reports/2024-09\"", "href=\"/dashboard/reports/2024-11\"", "id=\"don-vi-phong-cds\"");

        HttpResponse<String> january = page(directors, "/dashboard/reports/2024-01");
        assertThat(january.body()).contains("href=\"/dashboard/reports/2024-02\"").doesNotContain("/dashboard/reports/2023-12");
        assertThat(page(directors, "/dashboard/reports/2024-12").body()).contains("href=\"/dashboard/reports/2024-11\"")
                .doesNotContain("/dashboard/reports/2025-01");

        HttpResponse<String> malformed = page(directors, "/dashboard/reports/2024-13");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("Yêu cầu không hợp lệ.", "2024-13", "không hợp lệ: hãy ghi năm và tháng dạng yyyy-MM")
                .doesNotContain("Exception", "at vn.cchc");
        HttpResponse<String> noPlan = page(directors, "/dashboard/reports/2031-01");
        assertThat(noPlan.statusCode()).isEqualTo(400);
        assertThat(noPlan.body()).contains("Chưa có tệp kế hoạch cho năm 2031");

        HttpResponse<String> author = page(WebappSession.logIn(port, "cds.tacgia", "demo"), "/dashboard/reports/2024-10");
        assertThat(author.statusCode()).isEqualTo(403);
        assertThat(author.body()).contains("không có quyền xem trang này").doesNotContain(CDS_DIFFICULTIES);
        HttpResponse<String> anonymous = page(new WebappSession(port), "/dashboard/reports/periodic");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/welcome/default/");
    }

    @Test
    void theOfficeUploadsACorrectedReportThroughThePagesFormAndARefusedFileStoresNothing() throws IOException {
        String instance = periodicReportBeingChecked(runtime, tasks, PERIOD, "6 tháng đầu năm 2024");
        byte[] draft = download("vp.theodoi", "/api/reports/periodic/" + PERIOD + "/draft.docx");

        WebappSession office = WebappSession.logIn(port, "vp.theodoi", "demo");
        HttpResponse<String> list = page(office, "/dashboard/reports/periodic?year=2024");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Báo cáo 6 tháng đầu năm 2024", "Văn phòng đang kiểm tra dự thảo",
                "href=\"/dashboard/reports/periodic/2024-H1\"", "href=\"/api/reports/periodic/2024-H1/draft.docx\"");
        HttpResponse<String> one = page(office, "/dashboard/reports/periodic/" + PERIOD);
        assertThat(one.statusCode()).isEqualTo(200);
        String token = field(one.body(), "_csrf");

        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> renamed = upload(office, token, "bao-cao.docx", pdf);
        assertThat(renamed.statusCode()).isEqualTo(400);
        assertThat(renamed.body()).contains("Tệp không phải văn bản Word (.docx)").contains("<form");
        HttpResponse<String> tooLarge = upload(office, token, "bao-cao.docx", new byte[10 * 1024 * 1024 + 1]);
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("Tệp quá lớn: tối đa 10 MB.");
        // beyond what the container reads (12 MB): sent chunked, as Tomcat then reads and drops the rest and
        // the answer arrives whole (announced by Content-Length, it is refused unread and the connection closed)
        HttpResponse<String> beyondTheContainer = upload(office, token, "bao-cao.docx", new byte[13 * 1024 * 1024], true);
        assertThat(beyondTheContainer.statusCode()).isEqualTo(413);
        assertThat(beyondTheContainer.body()).contains("Tệp quá lớn: tối đa 10 MB.").doesNotContain("Exception");
        assertThat(page(office, "/dashboard/reports/periodic/" + PERIOD).statusCode()).as("the session is kept").isEqualTo(200);
        assertThat(download("vp.theodoi", "/api/reports/periodic/" + PERIOD + "/draft.docx")).as("nothing stored").isEqualTo(draft);

        byte[] corrected;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(draft)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Văn phòng bổ sung số liệu tháng 6.");
            doc.write(out);
            corrected = out.toByteArray();
        }
        HttpResponse<String> stored = upload(office, token, "bao-cao-da-sua.docx", corrected);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(302);
        assertThat(stored.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard/reports/periodic/2024-H1?saved");
        assertThat(page(office, "/dashboard/reports/periodic/" + PERIOD + "?saved").body()).contains("Đã lưu bản sửa",
                "bản sửa do Đặng Thanh Bình (Văn phòng Sở (theo dõi kế hoạch)) tải lên").doesNotContain("vp.theodoi");
        assertThat(download("bgd.giamdoc", "/api/reports/periodic/" + PERIOD + "/draft.docx")).isEqualTo(corrected);

        WebappSession directors = WebappSession.logIn(port, "bgd.giamdoc", "demo");
        HttpResponse<String> readOnly = page(directors, "/dashboard/reports/periodic/" + PERIOD);
        assertThat(readOnly.body()).contains("6 tháng đầu năm 2024").doesNotContain("_csrf", "<form");
        HttpResponse<String> notTheOffice = upload(directors, directors.csrfToken(), "x.docx", corrected);
        assertThat(notTheOffice.statusCode()).isEqualTo(403);
        assertThat(notTheOffice.body()).contains("Chỉ Văn phòng theo dõi được tải lên bản sửa");

        // a form without the session's token: refused, and the session ends as Camunda's own filter does
        HttpResponse<String> forged = upload(office, null, "bao-cao-da-sua.docx", corrected);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(page(office, "/dashboard/reports/periodic/" + PERIOD).statusCode()).isEqualTo(302);
        assertThat(download("vp.theodoi", "/api/reports/periodic/" + PERIOD + "/draft.docx")).isEqualTo(corrected);

        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_CheckReport").singleResult().getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_ApproveReport").singleResult().getId(),
                Map.of("approved", true));
        HttpResponse<String> approved = page(WebappSession.logIn(port, "vp.theodoi", "demo"), "/dashboard/reports/periodic/" + PERIOD);
        assertThat(approved.body()).contains("Ban Giám đốc đã duyệt", "href=\"/api/reports/periodic/2024-H1/approved.docx\"")
                .doesNotContain("<form");
        assertThat(download("vp.theodoi", "/api/reports/periodic/" + PERIOD + "/approved.docx")).isEqualTo(corrected);
    }

    private HttpResponse<String> page(WebappSession session, String path) {
        return session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html"));
    }

    /** The page's form as a browser posts it: multipart, the token in its field (none when null), no CSRF header. */
    private HttpResponse<String> upload(WebappSession session, String token, String fileName, byte[] file) {
        return upload(session, token, fileName, file, false);
    }

    private HttpResponse<String> upload(WebappSession session, String token, String fileName, byte[] file, boolean chunked) {
        String boundary = "----cchc" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (token != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.sendWithoutCsrfHeader(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/dashboard/reports/periodic/" + PERIOD))
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.toByteArray()))
                        : HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private byte[] download(String user, String path) {
        try {
            HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("field " + name + " in\n" + html).isTrue();
        return m.group(1);
    }
}
