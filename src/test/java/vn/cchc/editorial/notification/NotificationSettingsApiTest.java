package vn.cchc.editorial.notification;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.editorial.AsDemoUsers;
import vn.cchc.editorial.Items;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's notification settings through the API: read, a kind switched off (and no e-mail of that
 * kind recorded for them), an address changed; a kind that does not exist and an address that is not one
 * are refused 400 in Vietnamese, and change nothing.
 */
class NotificationSettingsApiTest extends AsDemoUsers {

    static final String API = "/api/notification-settings";

    @Autowired
    NotificationSettings settings;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void asShipped() {
        settings.set("bbt.bientap", NotificationKind.REVIEW_TASK, true);
        settings.set("cds.tacgia", NotificationKind.APPROVED, true);
        User user = identity.createUserQuery().userId("cds.tacgia").singleResult();
        user.setEmail("cds.tacgia@demo.cchc.local");
        identity.saveUser(user);
    }

    @Test
    void aPersonReadsTheirSettingsAndSwitchesAKindOff() {
        var cds = author.as("cds.tacgia");
        JsonNode read = cds.json(cds.get(API));
        assertThat(read.get("email").asText()).isEqualTo("cds.tacgia@demo.cchc.local");
        assertThat(read.get("kinds")).hasSize(NotificationKind.values().length);
        assertThat(read.get("kinds").get(0).get("code").asText()).isEqualTo("review-task");
        assertThat(read.get("kinds").get(0).get("label").asText()).isEqualTo("Tin bài chờ Ban Biên tập duyệt");

        assertThat(cds.exchange(HttpMethod.PUT, API + "/kinds/approved", Map.of("enabled", false)).getStatusCode().value()).isEqualTo(204);
        assertThat(cds.exchange(HttpMethod.PUT, API + "/email", Map.of("email", "hung.le@soctrang.example")).getStatusCode().value()).isEqualTo(204);

        JsonNode after = cds.json(cds.get(API));
        assertThat(after.get("email").asText()).isEqualTo("hung.le@soctrang.example");
        assertThat(after.get("kinds").findValues("code").stream().map(JsonNode::asText).toList()).contains("approved");
        assertThat(settings.enabled("cds.tacgia", NotificationKind.APPROVED)).isFalse();
        assertThat(settings.enabled("cds.tacgia", NotificationKind.REJECTED)).isTrue();
    }

    @Test
    void aKindSwitchedOffIsNotMailed() {
        assertThat(board.exchange(HttpMethod.PUT, API + "/kinds/review-task", Map.of("enabled", false)).getStatusCode().value()).isEqualTo(204);
        String pi = Items.start(author, "Tin không báo Ban Biên tập " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        String review = Items.taskOf(board, pi, "Task_ReviewArticle");
        // recorded, or not, in the transaction that created the task: nothing for the Board's member
        assertThat(jdbc.queryForObject("select count(*) from mail_message where message_id = ?", Long.class,
                "review-task:" + review + ":bbt.bientap")).isZero();
    }

    @Test
    void eachMemberOfTheGroupIsMailedOnceUnlessTheySwitchedTheKindOffOrHaveNoAddress() {
        // two more members of the Board: one who switched the review e-mails off, one without a valid address
        List<String> members = List.of("bbt.tat.thu", "bbt.khong.thu");
        try {
            for (String id : members) {
                User user = identity.newUser(id);
                user.setFirstName("Thành viên");
                user.setLastName(id.equals(members.get(0)) ? "Tắt" : "Không địa chỉ");
                user.setEmail(id.equals(members.get(0)) ? id + "@demo.cchc.local" : "không-phải-địa-chỉ");
                identity.saveUser(user);
                identity.createMembership(id, "ban-bien-tap");
            }
            settings.set(members.get(0), NotificationKind.REVIEW_TASK, false);
            assertThat(settings.switchedOff(List.of("bbt.bientap", members.get(0), members.get(1), "nobody"), NotificationKind.REVIEW_TASK))
                    .containsExactly(members.get(0));
            assertThat(settings.switchedOff(List.of(members.get(0)), NotificationKind.APPROVED)).isEmpty();
            assertThat(settings.switchedOff(List.of(), NotificationKind.REVIEW_TASK)).isEmpty();

            String pi = Items.start(author, "Tin báo cả Ban Biên tập " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
            String review = Items.taskOf(board, pi, "Task_ReviewArticle");
            assertThat(jdbc.queryForList("select recipient from mail_message where message_id like ?", String.class,
                    "review-task:" + review + ":%")).containsExactly("bbt.bientap@demo.cchc.local");
        } finally {
            for (String id : members) {
                jdbc.update("delete from notification_setting where user_id = ?", id);
                identity.deleteMembership(id, "ban-bien-tap");
                identity.deleteUser(id);
            }
        }
    }

    @Test
    void aKindThatDoesNotExistIsRefused() {
        ResponseEntity<String> refused = board.exchange(HttpMethod.PUT, API + "/kinds/tin-nhan-sms", Map.of("enabled", false));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(board.json(refused).get("message").asText()).startsWith("Không có loại thông báo \"tin-nhan-sms\"")
                .contains("review-task");
        assertThat(refused.getBody()).doesNotContain("Exception", "at vn.");
    }

    @Test
    void anAddressThatIsNotOneIsRefusedAndNothingChanges() {
        var cds = author.as("cds.tacgia");
        for (String wrong : new String[]{"không-phải-email", "a@b", "Tên <a@b.vn>", "a@b.vn, c@d.vn", " a@b.vn", ""}) {
            ResponseEntity<String> refused = cds.exchange(HttpMethod.PUT, API + "/email", Map.of("email", wrong));
            assertThat(refused.getStatusCode().value()).as(wrong).isEqualTo(400);
            assertThat(cds.json(refused).get("message").asText()).as(wrong).startsWith("Địa chỉ e-mail \"" + wrong + "\" không hợp lệ.");
        }
        assertThat(cds.json(cds.get(API)).get("email").asText()).isEqualTo("cds.tacgia@demo.cchc.local");
    }

    @Test
    void onlyALoginIsNeeded() {
        assertThat(new vn.cchc.editorial.RestClient(port, null).get(API).getStatusCode().value()).isEqualTo(401);
        // an author has no access to the dashboard, yet reads their own settings
        assertThat(author.get("/api/dashboard?year=2024").getStatusCode().value()).isEqualTo(403);
        assertThat(author.get(API).getStatusCode().value()).isEqualTo(200);
    }
}
