package vn.cchc.editorial.article;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.RestClient.variables;

/**
 * A form's refusal names each field at fault: by its key in the form, for Tasklist to show the message under that
 * field, and in words in the message, for a person. One test per kind of refusal a form's field can meet.
 */
@ApplicationTest
class FieldRefusalsTest {

    @LocalServerPort
    int port;

    RestClient author() {
        return new RestClient(port, "vp.tacgia");
    }

    RestClient board() {
        return new RestClient(port, "bbt.bientap");
    }

    /** The answer's problems, field key to message, after checking it is a 400 in Camunda's shape. */
    static Map<String, String> fieldsOf(RestClient client, ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        JsonNode body = client.json(answer);
        assertThat(body.get("message").asText()).doesNotContain("ENGINE", "Cannot");
        Map<String, String> fields = new LinkedHashMap<>();
        body.get("fields").forEach(f -> fields.put(f.get("field").asText(), f.get("message").asText()));
        return fields;
    }

    static Map<String, Object> draft(String title, String content, String topic, String kind, String channels, String links) {
        return variables("title", title, "String", "summary", "", "String", "content", content, "String",
                "topic", topic, "String", "kind", kind, "String", "channels", channels, "Json", "links", links, "String");
    }

    @Test
    void aRequiredFieldLeftEmptyIsNamedAtItsField() {
        Map<String, String> fields = fieldsOf(author(), author().post(Items.START,
                draft(" ", "", "", "", "[]", "")));
        assertThat(fields).containsEntry("title", "Tiêu đề là bắt buộc.")
                .containsEntry("content", "Nội dung là bắt buộc.")
                .containsEntry("topic", "Phải chọn chủ đề.")
                .containsEntry("kind", "Phải chọn loại tin bài.")
                .containsEntry("channels", "Phải chọn ít nhất một kênh đăng.");
    }

    @Test
    void aTextOverItsLengthIsNamedAtItsFieldWithItsLimit() {
        Map<String, String> fields = fieldsOf(author(), author().post(Items.START,
                draft("T".repeat(Article.TITLE_MAX + 1), "<p>Nội dung.</p>", "T01", "NEWS", "[\"DEPARTMENT_PORTAL\"]", "")));
        assertThat(fields).containsOnlyKeys("title");
        assertThat(fields.get("title")).isEqualTo("Tiêu đề dài %d ký tự, vượt quá giới hạn %d ký tự."
                .formatted(Article.TITLE_MAX + 1, Article.TITLE_MAX));
    }

    @Test
    void aValueOutsideItsPatternOrChoiceListIsNamedAtItsField() {
        Map<String, String> fields = fieldsOf(author(), author().post(Items.START,
                draft("Tin", "<p>Nội dung.</p>", "T99", "NEWS", "[\"NO_SUCH_CHANNEL\"]", "javascript:alert(1)")));
        assertThat(fields).containsOnlyKeys("topic", "links", "channels");
        assertThat(fields.get("topic")).startsWith("Chủ đề \"T99\" không có");
        assertThat(fields.get("links")).contains("Liên kết \"javascript:alert(1)\" không hợp lệ");
        assertThat(fields.get("channels")).isEqualTo("Kênh đăng \"NO_SUCH_CHANNEL\" không tồn tại.");
    }

    @Test
    void theReviewsConditionalCommentIsNamedAtTheCommentField() {
        String item = Items.start(author(), "Tin cần ý kiến " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        String task = Items.taskOf(board(), item, "Task_ReviewArticle");

        assertThat(fieldsOf(board(), Items.decide(board(), task, "REVISE", " ")))
                .containsExactly(Map.entry("reviewComment", "Khi trả lại hoặc từ chối tin bài, Ban Biên tập phải ghi ý kiến."));
        assertThat(fieldsOf(board(), Items.decide(board(), task, "", null))).containsOnlyKeys("reviewDecision");
        assertThat(fieldsOf(board(), Items.decide(board(), task, "APPROVE", "x".repeat(ArticleReview.COMMENT_MAX + 1))))
                .containsOnlyKeys("reviewComment");
        assertThat(Items.taskOf(board(), item, "Task_ReviewArticle")).as("nothing was decided").isEqualTo(task);
    }

    @Test
    void theRevisionFormsRefusalIsNamedAtItsField() {
        String item = Items.start(author(), "Tin cần sửa " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        Items.decide(board(), Items.taskOf(board(), item, "Task_ReviewArticle"), "REVISE", "Bổ sung số liệu.");
        String revise = Items.taskOf(author(), item, "Task_ReviseArticle");

        Map<String, String> fields = fieldsOf(author(), author().post("/engine-rest/task/" + revise + "/submit-form",
                variables("title", "", "String", "summary", "", "String", "content", "<p>Đã sửa.</p>", "String", "links", "", "String")));

        assertThat(fields).containsExactly(Map.entry("title", "Tiêu đề là bắt buộc."));
        assertThat(Items.taskOf(author(), item, "Task_ReviseArticle")).isEqualTo(revise);
    }

    @Test
    void aRefusalAboutNoOneFieldNamesNone() {
        ResponseEntity<String> refused = author().post(Items.START, variables("unexpected", "x", "String"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(author().json(refused).has("fields")).isFalse();
    }
}
