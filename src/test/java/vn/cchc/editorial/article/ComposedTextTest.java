package vn.cchc.editorial.article;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * Vietnamese typed with combining marks (NFD) is stored composed (NFC), in the item's tables and in the
 * engine's variables alike, so the Board's Tasklist search with the words as usually typed finds it.
 */
@ApplicationTest
class ComposedTextTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void aTitleTypedWithCombiningMarksIsStoredComposedAndFoundByTasklistsSearch() {
        String words = "Cải cách thủ tục hành chính ở Mỹ Xuyên " + System.nanoTime();
        assertThat(nfd(words)).isNotEqualTo(words);
        RestClient author = new RestClient(port, "vp.tacgia");
        RestClient board = author.as("bbt.bientap");

        String pi = Items.start(author, nfd(words), "[\"DEPARTMENT_PORTAL\"]");

        assertThat(jdbc.queryForObject("select title from article where process_instance_id = ?", String.class, pi)).isEqualTo(words);
        assertThat(jdbc.queryForObject("select r.title from article_revision r join article a on r.article_id = a.id "
                + "where a.process_instance_id = ?", String.class, pi)).isEqualTo(words);
        assertThat(variable(pi, "title")).isEqualTo(words);
        // as Tasklist's search sends it: a variable of the process, "like", the words as typed
        for (String typed : List.of(words.substring(9, 30), nfd(words.substring(9, 30)))) {
            JsonNode found = board.json(board.post("/engine-rest/task", Map.of("processInstanceId", pi,
                    "processVariables", List.of(Map.of("name", "title", "operator", "like", "value", "%" + typed + "%")))));
            assertThat(found).as("search for %s", typed).hasSize(1);
        }
    }

    @Test
    void aReviewCommentAndARevisionTypedWithCombiningMarksAreStoredComposed() {
        RestClient author = new RestClient(port, "vp.tacgia");
        RestClient board = author.as("bbt.bientap");
        String pi = Items.start(author, "Tin sẽ được sửa", "[\"DEPARTMENT_PORTAL\"]");
        String comment = "Đề nghị bổ sung số liệu về thủ tục hành chính.";

        var sentBack = Items.decide(board, Items.taskOf(board, pi, "Task_ReviewArticle"), "REVISE", nfd(comment));
        assertThat(sentBack.getStatusCode().value()).as(sentBack.getBody()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select comment from article_review r join article a on r.article_id = a.id "
                + "where a.process_instance_id = ?", String.class, pi)).isEqualTo(comment);
        assertThat(variable(pi, "reviewComment")).isEqualTo(comment);

        String summary = "Sapo đã sửa: ý kiến của Ban Biên tập được tiếp thu.";
        var revised = author.post("/engine-rest/task/" + Items.taskOf(author, pi, "Task_ReviseArticle") + "/submit-form",
                variables("title", "Tin sẽ được sửa", "String", "summary", nfd(summary), "String",
                        "content", "<p>Nội dung <b>tin</b>.</p>", "String", "links", "", "String"));
        assertThat(revised.getStatusCode().value()).as(revised.getBody()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select summary from article where process_instance_id = ?", String.class, pi)).isEqualTo(summary);
        assertThat(jdbc.queryForList("select r.changed_fields from article_revision r join article a on r.article_id = a.id "
                + "where a.process_instance_id = ? order by r.revision_no", String.class, pi)).last().isEqualTo("summary");
        assertThat(variable(pi, "summary")).isEqualTo(summary);
    }

    @Test
    void aProvincialRefusalReasonTypedWithCombiningMarksIsStoredComposed() {
        RestClient author = new RestClient(port, "vp.tacgia");
        RestClient board = author.as("bbt.bientap");
        String pi = Items.start(author, "Tin gửi cổng tỉnh, bị từ chối", "[\"PROVINCIAL_PORTAL\"]");
        Items.approve(board, pi);
        await().atMost(Duration.ofSeconds(60)).until(() -> Items.taskOf(board, pi, "Task_RecordProvincialDecision") != null);
        String reason = "Trùng nội dung với tin đã đăng của Sở Nội vụ.";

        var refused = board.post("/engine-rest/task/" + Items.taskOf(board, pi, "Task_RecordProvincialDecision") + "/submit-form",
                variables("provincialDecision", "REFUSED", "String", "refusalReason", nfd(reason), "String"));

        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select p.refusal_reason from publication p join article a on p.article_id = a.id "
                + "where a.process_instance_id = ?", String.class, pi)).isEqualTo(reason);
        assertThat(jdbc.queryForObject("select TEXT_ from ACT_HI_VARINST where PROC_INST_ID_ = ? and NAME_ = 'refusalReason'",
                String.class, pi)).isEqualTo(reason);
    }

    @Test
    void aTitleOf250LettersTypedWithCombiningMarksFitsItsColumnOnceComposed() {
        // "ệ" typed as e + two combining marks is three characters, one once composed
        String title = "ệ".repeat(200);
        String pi = Items.start(new RestClient(port, "vp.tacgia"), nfd(title), "[\"DEPARTMENT_PORTAL\"]");

        assertThat(jdbc.queryForObject("select title from article where process_instance_id = ?", String.class, pi)).isEqualTo(title);
    }

    @Test
    void theReasonOfAHandCreditSentToTheApiWithCombiningMarksIsStoredComposed() {
        RestClient author = new RestClient(port, "cds.tacgia");
        String pi = Items.start(author, "Tin tính chỉ tiêu bằng tay", "[\"DEPARTMENT_PORTAL\"]");
        Items.approve(author.as("bbt.bientap"), pi);
        long id = jdbc.queryForObject("select id from article where process_instance_id = ?", Long.class, pi);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from publication where article_id = ? and status = 'PUBLISHED'", Long.class, id) == 1);
        String reason = "Bài phối hợp, Văn phòng quyết định tính cho Phòng Chuyển đổi số.";

        var credited = author.as("vp.theodoi").post("/api/quota-credits",
                Map.of("periodId", "department-portal-monthly:2024-09", "articleId", id, "reason", nfd(reason)));

        assertThat(credited.getStatusCode().value()).as(credited.getBody()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select reason from quota_credit where article_id = ?", String.class, id)).isEqualTo(reason);
    }

    private String variable(String processInstanceId, String name) {
        return jdbc.queryForObject("select TEXT_ from ACT_RU_VARIABLE where PROC_INST_ID_ = ? and NAME_ = ?",
                String.class, processInstanceId, name);
    }
}
