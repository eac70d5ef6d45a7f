package vn.cchc.editorial.publication;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * The date of a provincial post is read in the plan's time zone, however it is written. At 06:00 on
 * 1 March 2024 in Vietnam, 17:30 UTC on 1 March is 00:30 on 2 March there: a day still to come, refused
 * as "2024-03-02" is, and nothing is stored; 17:30 UTC on 29 February is 1 March, today, and is stored so.
 */
@ApplicationTest
class PublishedOnTimeZoneTest {

    static final OffsetDateTime SIX_IN_THE_MORNING = OffsetDateTime.parse("2024-03-01T06:00:00+07:00");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    RestClient board;
    String processInstanceId;
    String task;

    @BeforeEach
    void anItemWaitingForTheProvincesDecisionAtSixInTheMorning() {
        RestClient author = new RestClient(port, "vp.tacgia");
        board = author.as("bbt.bientap");
        processInstanceId = Items.start(author, "Tin gửi cổng tỉnh lúc nửa đêm", "[\"PROVINCIAL_PORTAL\"]");
        Items.approve(board, processInstanceId);
        await().atMost(Duration.ofSeconds(60)).until(() -> Items.taskOf(board, processInstanceId, "Task_RecordProvincialDecision") != null);
        task = Items.taskOf(board, processInstanceId, "Task_RecordProvincialDecision");
        ClockUtil.setCurrentTime(Date.from(SIX_IN_THE_MORNING.toInstant()));
    }

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    @Test
    void halfPastMidnightTomorrowWrittenInUtcIsRefusedAsTomorrowIs() {
        for (Map<String, Object> publishedOn : List.of(
                Map.<String, Object>of("value", "2024-03-01T17:30:00.000Z", "type", "String"),
                Map.<String, Object>of("value", "2024-03-02", "type", "String"),
                Map.<String, Object>of("value", "2024-03-02T00:30:00+07:00", "type", "String"),
                Map.<String, Object>of("value", "2024-03-01T17:30:00.000+0000", "type", "Date"))) {
            List<Map<String, Object>> before = publication();

            ResponseEntity<String> answer = decide(publishedOn);

            assertThat(answer.getStatusCode().value()).as("%s -> %s", publishedOn, answer.getBody()).isEqualTo(400);
            assertThat(board.json(answer).get("message").asText()).contains("Ngày đăng không được sau ngày hôm nay.");
            assertThat(publication()).as("nothing stored for %s", publishedOn).isEqualTo(before);
            assertThat(Items.taskOf(board, processInstanceId, "Task_RecordProvincialDecision")).isEqualTo(task);
        }
    }

    @Test
    void halfPastMidnightTodayWrittenInUtcIsStoredAsToday() {
        ResponseEntity<String> answer = decide(Map.of("value", "2024-02-29T17:30:00.000Z", "type", "String"));

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(204);
        assertThat(publication().get(0).get("PUBLISHED_ON").toString()).isEqualTo("2024-03-01");
    }

    @Test
    void aDateVariableOfLateEveningInUtcIsTheNextDayInVietnam() {
        ResponseEntity<String> answer = decide(Map.of("value", "2024-02-29T18:00:00.000+0000", "type", "Date"));

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(204);
        assertThat(publication().get(0).get("PUBLISHED_ON").toString()).isEqualTo("2024-03-01");
    }

    private ResponseEntity<String> decide(Map<String, Object> publishedOn) {
        Map<String, Object> body = variables("provincialDecision", "APPROVED", "String",
                "publishedUrl", "https://soctrang.gov.vn/tin-cchc", "String");
        @SuppressWarnings("unchecked")
        Map<String, Object> vars = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("variables"));
        vars.put("publishedOn", publishedOn);
        return board.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", vars));
    }

    private List<Map<String, Object>> publication() {
        return jdbc.queryForList("select p.* from publication p join article a on p.article_id = a.id where a.process_instance_id = ?",
                processInstanceId);
    }
}
