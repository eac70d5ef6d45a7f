package vn.cchc.editorial.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/** Monthly reports against the real database and the REST APIs: the unique key, bad counts, the Office's overview. */
@ApplicationTest
class MonthlyReportApiTest {

    @LocalServerPort
    int port;
    @Autowired
    MonthlyReportRepository reports;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    java.time.Clock clock;

    @Test
    void aSecondReportOfTheSameUnitAndMonthIsRefusedByTheDatabase() {
        reports.saveAndFlush(report("trung-tam-cns", YearMonth.of(2024, 2)));
        assertThatThrownBy(() -> reports.saveAndFlush(report("trung-tam-cns", YearMonth.of(2024, 2))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aNegativeOrNonNumericCountOrAnUnknownFieldSubmittedThroughRestIsAnswered400InVietnamese() {
        String taskId = openReport("2024-05", "phong-cds");
        RestClient author = new RestClient(port, "cds.tacgia");

        var negative = author.post("/engine-rest/task/" + taskId + "/submit-form", variables(
                "meetingsCount", -3, "Long", "partyUnionCount", "mười", "String", "serviceCentreCount", 0, "Long",
                "videosCount", 0, "Long", "studyVisitsCount", 0, "Long"));
        assertThat(negative.getStatusCode().value()).as(negative.getBody()).isEqualTo(400);
        assertThat(negative.getBody()).contains("Số hội nghị, cuộc họp có lồng ghép nội dung CCHC phải là số nguyên không âm")
                .contains("Số buổi sinh hoạt chi bộ, đoàn thể phải là số nguyên không âm").doesNotContain("at vn.cchc");

        var unknown = author.post("/engine-rest/task/" + taskId + "/submit-form", variables("late", false, "Boolean"));
        assertThat(unknown.getStatusCode().value()).as(unknown.getBody()).isEqualTo(400);
        assertThat(unknown.getBody()).contains("Biểu mẫu không có trường \\\"late\\\"");

        var valid = author.post("/engine-rest/task/" + taskId + "/submit-form", variables(
                "meetingsCount", 2, "Long", "partyUnionCount", 1, "Long", "serviceCentreCount", 0, "Long",
                "videosCount", 0, "Long", "studyVisitsCount", 0, "Long", "difficulties", "Thiếu kinh phí.", "String"));
        assertThat(valid.getStatusCode().value()).as(valid.getBody()).isEqualTo(204);
        assertThat(reports.findByReportMonth("2024-05")).singleElement()
                .satisfies(r -> assertThat(r.isLate()).isTrue()); // due 5 June 2024, long past by this test's clock
    }

    @Test
    void theOfficeSeesEveryAuthoringUnitOfTheMonthWithItsStatusAndOthersMayNot() {
        reports.saveAndFlush(report("thanh-tra", YearMonth.of(2024, 7)));
        RestClient office = new RestClient(port, "vp.theodoi");

        var july = office.get("/api/reports/monthly/2024-07");
        assertThat(july.getStatusCode().value()).as(july.getBody()).isEqualTo(200);
        JsonNode units = office.json(july).get("units");
        assertThat(units).hasSize(5);
        Map<String, String> status = new HashMap<>();
        units.forEach(u -> status.put(u.get("unit").asText(), u.get("status").asText()));
        assertThat(status).containsEntry("thanh-tra", "ON_TIME").containsEntry("van-phong", "MISSING");
        assertThat(units.get(0).get("figures").get("published")).isNotEmpty();

        var malformed = office.get("/api/reports/monthly/2024-13");
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getBody()).contains("Tháng \\\"2024-13\\\" không hợp lệ");
        var noPlan = office.get("/api/reports/monthly/2031-01");
        assertThat(noPlan.getStatusCode().value()).isEqualTo(400);
        assertThat(noPlan.getBody()).contains("Chưa có tệp kế hoạch cho năm 2031");

        assertThat(new RestClient(port, "cds.tacgia").get("/api/reports/monthly/2024-07").getStatusCode().value()).isEqualTo(403);
    }

    private String openReport(String month, String unit) {
        Map<String, Object> v = new HashMap<>();
        v.put("reportMonth", month);
        v.put("monthLabel", ReportCalendar.label(YearMonth.parse(month)));
        v.put("unit", unit);
        v.put("unitName", unit);
        v.put("office", "van-phong-theo-doi");
        v.put("opensAt", Date.from(Instant.now().minusSeconds(60)));
        var plans = new vn.cchc.editorial.plan.PlanCatalog((java.nio.file.Path) null);
        v.put("dueAt", Date.from(ReportCalendar.dueAt(plans.forYear(2024).orElseThrow(), YearMonth.parse(month), clock).toInstant()));
        v.put("chaseAt", Date.from(ReportCalendar.chaseAt(plans.forYear(2024).orElseThrow(), plans, YearMonth.parse(month)).toInstant()));
        String pi = runtime.startProcessInstanceByKey("MonthlyUnitReportProcess", month + ":" + unit, v).getId();
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            var task = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_SubmitMonthlyReport").singleResult();
            return task == null ? null : task.getId();
        }, id -> id != null);
    }

    private static MonthlyReport report(String unit, YearMonth month) {
        MonthlyReportInput input = new MonthlyReportInput("1", "", "0", "", "0", "", "0", "", "0", "", "", "");
        Instant due = Instant.parse("2030-01-01T00:00:00Z");
        return new MonthlyReport(unit, month, input, due, Instant.parse("2024-08-01T00:00:00Z"), "tt.tacgia", "pi-" + unit + month);
    }
}
