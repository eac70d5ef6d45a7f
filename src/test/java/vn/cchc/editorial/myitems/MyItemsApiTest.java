package vn.cchc.editorial.myitems;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.AsDemoUsers;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.publication.Publication;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Tin bài của tôi" as JSON: an author's item with where it stands and who holds it, seen by its author and
 * their unit's other members, refused to another unit's author (403) and unknown codes (404); the filters,
 * and a wrong filter refused 400 in Vietnamese; the Board, who writes nothing, has no items of its own.
 */
class MyItemsApiTest extends AsDemoUsers {

    static final String API = "/api/my-items";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAuthorSeesWhereTheirItemStandsAndWhoHoldsIt() {
        String title = "Tin theo dõi qua API " + System.nanoTime();
        String code = codeOf(Items.start(author, title, "[\"DEPARTMENT_PORTAL\"]"));

        JsonNode item = only(author.json(author.get(API + "?status=IN_REVIEW")), code);
        assertThat(item.get("title").asText()).isEqualTo(title);
        assertThat(item.get("author").asText()).isEqualTo("Nguyễn Thị Lan (Văn phòng Sở)");
        assertThat(item.get("unit").asText()).isEqualTo("Văn phòng Sở");
        assertThat(item.get("statusLabel").asText()).isEqualTo("Chờ Ban Biên tập duyệt");
        assertThat(item.get("step").asText()).isEqualTo("Duyệt tin bài");
        assertThat(item.get("heldBy").get("holder").asText()).isEqualTo("Ban Biên tập Cổng TTĐT của Sở");
        assertThat(item.get("heldBy").get("since").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(only(author.json(author.get(API + "?status=REJECTED")), code)).isNull();

        Items.decide(board, Items.taskOf(board, processOf(code), "Task_ReviewArticle"), "REJECT", "Không thuộc chủ đề CCHC.");
        JsonNode detail = author.json(author.get(API + "/" + code));
        assertThat(detail.get("item").get("statusLabel").asText()).isEqualTo("Bị từ chối");
        assertThat(detail.get("item").get("rounds").get(0).get("comment").asText()).isEqualTo("Không thuộc chủ đề CCHC.");
        assertThat(detail.get("item").get("rounds").get(0).get("reviewer").asText())
                .isEqualTo("Huỳnh Thanh Mai (Ban Biên tập Cổng TTĐT của Sở)");
        assertThat(detail.get("history")).extracting(e -> e.get("what").asText())
                .containsExactly("Gửi tin bài cho Ban Biên tập", "Ban Biên tập: Từ chối");
    }

    @Test
    void anotherUnitsAuthorIsRefusedAndAnUnknownCodeIsNotFound() {
        String code = codeOf(Items.start(author, "Tin của Văn phòng " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]"));
        RestClient otherUnit = author.as("cds.tacgia");

        ResponseEntity<String> refused = otherUnit.get(API + "/" + code);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(otherUnit.json(refused).get("message").asText()).isEqualTo("Tin bài này không phải của anh/chị hay của đơn vị anh/chị.");
        assertThat(only(otherUnit.json(otherUnit.get(API)), code)).isNull();
        assertThat(otherUnit.get(API + "/CCHC-1999-99999").getStatusCode().value()).isEqualTo(404);
        assertThat(board.json(board.get(API + "/access")).get("writesForAUnit").asBoolean()).isFalse();
        assertThat(author.json(author.get(API + "/access")).get("writesForAUnit").asBoolean()).isTrue();
    }

    @Test
    void aWrongFilterIsRefusedInVietnamese() {
        ResponseEntity<String> status = author.get(API + "?status=LOST");
        assertThat(status.getStatusCode().value()).isEqualTo(400);
        assertThat(author.json(status).get("message").asText()).isEqualTo("Trạng thái \"LOST\" không có. Hãy chọn trong danh sách.");
        ResponseEntity<String> year = author.get(API + "?year=24");
        assertThat(year.getStatusCode().value()).isEqualTo(400);
        assertThat(author.json(year).get("message").asText()).startsWith("Năm \"24\" không hợp lệ");
    }

    @Test
    void aPublishedItemsAddressIsWholeEvenWhereItWasRecordedAsAPath() {
        String processInstanceId = Items.start(author, "Tin đã đăng " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        String code = codeOf(processInstanceId);
        Items.approve(board, processInstanceId);
        long id = articles.findByProcessInstanceId(processInstanceId).orElseThrow().getId();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> publications.findPostedByDepartment(id).isPresent());
        // as the built-in portal recorded its items before it recorded whole addresses
        jdbc.update("update publication set url = ? where idempotency_key = ?", "/portal/articles/" + id,
                Publication.keyOf(id, "DEPARTMENT_PORTAL"));

        String whole = ApplicationTest.PUBLIC_ADDRESS.replaceAll("/$", "") + "/portal/articles/" + id;
        JsonNode item = only(author.json(author.get(API)), code);
        assertThat(item.get("addresses").get(0).get("url").asText()).isEqualTo(whole);
        JsonNode history = author.json(author.get(API + "/" + code)).get("history");
        assertThat(history).filteredOn(e -> e.hasNonNull("url")).extracting(e -> e.get("url").asText()).containsExactly(whole);
    }

    private String codeOf(String processInstanceId) {
        return articles.findByProcessInstanceId(processInstanceId).orElseThrow().getCode();
    }

    private String processOf(String code) {
        return articles.findByCode(code).orElseThrow().getProcessInstanceId();
    }

    private static JsonNode only(JsonNode list, String code) {
        for (JsonNode item : list) {
            if (item.get("code").asText().equals(code)) return item;
        }
        return null;
    }
}
