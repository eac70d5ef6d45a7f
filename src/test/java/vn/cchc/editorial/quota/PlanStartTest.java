package vn.cchc.editorial.quota;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.RestClient.variables;

/** Starting the year's plan through the REST API as the Office does, and the starts it refuses. */
@ApplicationTest
class PlanStartTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void badStartsAreRefusedInVietnameseAndLeaveNoInstance() {
        RestClient office = new RestClient(port, "vp.theodoi");
        String start = "/engine-rest/process-definition/key/CommunicationPlanProcess/start";
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("CommunicationPlanProcess").count();

        var noPlan = office.post(start, variables("year", 2031, "Integer"));
        assertThat(noPlan.getStatusCode().value()).isEqualTo(400);
        assertThat(office.json(noPlan).get("message").asText()).isEqualTo("Chưa có tệp kế hoạch cho năm 2031: hãy nạp tệp plan-2031.yaml trước.");

        var malformed = office.post(start, variables("year", "20x4", "String"));
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(office.json(malformed).get("message").asText()).contains("Năm kế hoạch \"20x4\" không hợp lệ");

        var missing = office.post("/engine-rest/process-definition/key/CommunicationPlanProcess/submit-form", variables());
        assertThat(missing.getStatusCode().value()).isEqualTo(400);

        // a year already over: every period is past, and the Office has not said what becomes of them
        var unconfirmed = office.post("/engine-rest/process-definition/key/CommunicationPlanProcess/submit-form",
                variables("year", "2024", "String"));
        assertThat(unconfirmed.getStatusCode().value()).isEqualTo(400);
        assertThat(office.json(unconfirmed).get("message").asText())
                .startsWith("Năm 2024 đã có 20 kỳ chỉ tiêu quá hạn (kỳ quá hạn gần nhất: tháng 12/2024, hạn 25/12/2024).");

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("CommunicationPlanProcess").count()).isEqualTo(before);
    }

    @Test
    void theOfficeStartsTheYearOnceAndTheSecondStartIsRefused() {
        RestClient office = new RestClient(port, "vp.theodoi");
        String start = "/engine-rest/process-definition/key/CommunicationPlanProcess/submit-form";

        var first = office.post(start, variables("year", "2024", "String", "pastPeriods", "JUDGE", "String"));
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);
        assertThat(office.json(first).get("businessKey").asText()).isEqualTo("2024");

        var second = office.post(start, variables("year", "2024", "String", "pastPeriods", "JUDGE", "String"));
        assertThat(second.getStatusCode().value()).isEqualTo(400);
        assertThat(office.json(second).get("message").asText()).contains("Kế hoạch năm 2024 đã được bắt đầu");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("2024").count()).isEqualTo(1);
    }
}
