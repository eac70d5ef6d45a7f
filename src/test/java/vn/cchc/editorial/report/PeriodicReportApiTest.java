package vn.cchc.editorial.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.plan.PlanCatalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The periodic reports through /api against the whole application: bad periods, who may read, the draft
 * drafted by the job executor, uploads refused with nothing stored (not a .docx, a renamed other file,
 * over 10 MB), a correction accepted, and the approved version downloadable after the instance ends.
 */
@ApplicationTest
class PeriodicReportApiTest {

    private static final String DOCX = PeriodicReportDocuments.DOCX;

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    @Test
    void aMalformedPeriodAYearWithoutPlanAndAPeriodNotReportedAreAnswered400InVietnameseAndOthersGet403() throws IOException {
        RestClient office = new RestClient(port, "vp.theodoi");
        var malformed = office.get("/api/reports/periodic/2024-Q5/figures.xlsx");
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(office.json(malformed).get("message").asText()).contains("Kỳ báo cáo '2024-Q5' không hợp lệ");
        var merged = office.get("/api/reports/periodic/2024-Q2/draft.docx");
        assertThat(merged.getStatusCode().value()).isEqualTo(400);
        assertThat(office.json(merged).get("message").asText()).contains("báo cáo 6 tháng").contains("2024-H1");
        var noPlan = office.get("/api/reports/periodic/2031-Q1/figures.xlsx");
        assertThat(noPlan.getStatusCode().value()).isEqualTo(400);
        assertThat(office.json(noPlan).get("message").asText()).contains("Chưa có tệp kế hoạch cho năm 2031");
        assertThat(new RestClient(port, "cds.tacgia").get("/api/reports/periodic/2024-Q1/figures.xlsx")
                .getStatusCode().value()).isEqualTo(403);

        ResponseEntity<byte[]> xlsx = download("bgd.giamdoc", "/api/reports/periodic/2024-Q1/figures.xlsx");
        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("so-lieu-2024-Q1.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(book.getSheet("Đơn vị").getPhysicalNumberOfRows()).isEqualTo(1 + 5);
        }
    }

    @Test
    void theOfficeCorrectsTheDraftOnlyWithARealDocxAndTheApprovedVersionIsKept() throws IOException {
        String instance = runtime.startProcessInstanceByKey("PeriodicReportProcess", "2024-Q3", Map.of(
                "period", "2024-Q3", "periodLabel", "quý III năm 2024", "office", "van-phong-theo-doi",
                "directors", "ban-giam-doc", "draftAt", Date.from(Instant.now().minusSeconds(60)),
                "dueAt", Date.from(Instant.now().plus(Duration.ofDays(30))),
                "escalateAt", Date.from(Instant.now().plus(Duration.ofDays(31))))).getId();
        String check = await().atMost(Duration.ofSeconds(60)).until(() -> taskId(instance, "Task_CheckReport"), id -> id != null);

        ResponseEntity<byte[]> draft = download("vp.theodoi", "/api/reports/periodic/2024-Q3/draft.docx");
        assertThat(draft.getStatusCode().value()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(draft.getBody()))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("BÁO CÁO",
                    "Kết quả công tác tuyên truyền cải cách hành chính quý III năm 2024");
        }

        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertRefused(upload("vp.theodoi", pdf), 400, "không phải văn bản Word");
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Số liệu");
            book.write(out);
            workbook = out.toByteArray();
        }
        assertRefused(upload("vp.theodoi", workbook), 400, "không phải văn bản Word");
        assertRefused(upload("vp.theodoi", zipOf("word/document.xml", "<w:document/>")), 400, "không phải văn bản Word");
        ResponseEntity<String> tooLarge = upload("vp.theodoi", new byte[10 * 1024 * 1024 + 1]);
        assertRefused(tooLarge, 413, "tối đa 10 MB");
        // problem details, as every refusal under /api (docs/api.md)
        assertThat(tooLarge.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(new ObjectMapper().readTree(tooLarge.getBody()).get("detail").asText()).isEqualTo("Tệp quá lớn: tối đa 10 MB.");
        assertRefused(upload("bgd.giamdoc", draft.getBody()), 403, "Văn phòng");
        assertThat(download("vp.theodoi", "/api/reports/periodic/2024-Q3/draft.docx").getBody())
                .as("nothing stored").isEqualTo(draft.getBody());

        byte[] corrected;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(draft.getBody()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Văn phòng đã bổ sung số liệu tháng 9.");
            doc.write(out);
            corrected = out.toByteArray();
        }
        ResponseEntity<String> accepted = upload("vp.theodoi", corrected);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(accepted.getBody()).get("size").isInt()).as(accepted.getBody()).isTrue();
        assertThat(download("bgd.giamdoc", "/api/reports/periodic/2024-Q3/draft.docx").getBody()).isEqualTo(corrected);
        assertRefused(new RestClient(port, "vp.theodoi").get("/api/reports/periodic/2024-Q3/approved.docx"), 400,
                "chưa được Ban Giám đốc duyệt");

        tasks.complete(check);
        tasks.complete(taskId(instance, "Task_ApproveReport"), Map.of("approved", true));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getEndTime()).isNotNull();
        assertRefused(upload("vp.theodoi", corrected), 400, "không ở bước Văn phòng kiểm tra");
        ResponseEntity<byte[]> approved = download("bgd.giamdoc", "/api/reports/periodic/2024-Q3/approved.docx");
        assertThat(approved.getStatusCode().value()).isEqualTo(200);
        assertThat(approved.getBody()).isEqualTo(corrected);
        assertThat(approved.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType(DOCX))).isTrue();
    }

    private String taskId(String instance, String key) {
        var task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
        return task == null ? null : task.getId();
    }

    private void assertRefused(ResponseEntity<String> answer, int status, String message) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getBody()).contains(message).doesNotContain("at vn.cchc").doesNotContain("Exception:");
    }

    private RestTemplate rest() {
        RestTemplate rest = new RestTemplate();
        rest.setErrorHandler(new DefaultResponseErrorHandler() {
            @Override
            public boolean hasError(org.springframework.http.client.ClientHttpResponse response) {
                return false;
            }
        });
        return rest;
    }

    private ResponseEntity<byte[]> download(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        return rest().exchange("http://localhost:" + port + path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    private ResponseEntity<String> upload(String user, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(MediaType.parseMediaType(DOCX));
        return rest().exchange("http://localhost:" + port + "/api/reports/periodic/2024-Q3/draft", HttpMethod.PUT,
                new HttpEntity<>(body, headers), String.class);
    }

    private static byte[] zipOf(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
