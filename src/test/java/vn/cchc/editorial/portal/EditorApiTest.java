package vn.cchc.editorial.portal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.article.ContentRules;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the item's editor in Tasklist asks of the server: the content's rules, the preview in the portal's page. */
@ApplicationTest
class EditorApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ArticleRepository articles;

    @Test
    void theContentRulesAreTheServersList() {
        RestClient author = new RestClient(port, "vp.tacgia");
        ResponseEntity<String> rules = author.get("/api/editor/content-rules");
        assertThat(rules.getStatusCode().value()).isEqualTo(200);
        assertThat(author.json(rules).get("validElements").asText()).isEqualTo(ContentRules.editorValidElements());
        assertThat(author.json(rules).get("help").asText()).isEqualTo(ContentRules.inWords());
        assertThat(new RestClient(port, null).get("/api/editor/content-rules").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void thePreviewIsThePortalsPageOfTheItemAsTheServerWouldKeepIt() {
        long stored = articles.count();
        RestClient author = new RestClient(port, "vp.tacgia");
        ResponseEntity<String> answer = author.post("/api/editor/preview", Map.of(
                "title", "Xem trước <b>tin</b>", "summary", "Sapo của tin.", "kind", "NEWS",
                "content", "<h2>Phần một</h2><p style=\"color:red\">Đoạn <b>đậm</b></p><script>alert(1)</script>"
                        + "<table><tr><td>ô</td></tr></table>",
                "links", "https://soctrang.gov.vn/tin\njavascript:alert(1)"));

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/html");
        Document page = Jsoup.parse(answer.getBody());
        assertThat(page.select("link[href$=portal.css]")).as("the portal's layout").isNotEmpty();
        assertThat(page.select(".preview-note").text()).startsWith("Bản xem trước");
        assertThat(page.select("article h1").text()).isEqualTo("Xem trước <b>tin</b>");
        assertThat(page.select("article .sapo").text()).isEqualTo("Sapo của tin.");
        assertThat(page.select("article .meta").text()).contains("Văn phòng Sở", "Tin");
        assertThat(page.select("article .content").html().replace("\n", "").replaceAll(">\\s+<", "><"))
                .isEqualTo("<h2>Phần một</h2><p>Đoạn <strong>đậm</strong></p><table><tbody><tr><td>ô</td></tr></tbody></table>");
        assertThat(page.select("article .links a").eachAttr("href")).containsExactly("https://soctrang.gov.vn/tin");
        assertThat(answer.getBody()).doesNotContain("alert(1)");
        assertThat(articles.count()).as("a preview stores nothing").isEqualTo(stored);
    }

    @Test
    void theBoardPreviewsTheItemUnderItsAuthorsUnitAndAnUnknownUnitIsNotShown() {
        RestClient board = new RestClient(port, "bbt.bientap");
        Document page = Jsoup.parse(board.post("/api/editor/preview", Map.of(
                "title", "Tin của Phòng CĐS", "content", "<p>Đoạn.</p>", "kind", "NEWS", "unit", "phong-cds")).getBody());
        assertThat(page.select("article .meta").text()).contains("Phòng Chuyển đổi số");

        Document unknown = Jsoup.parse(board.post("/api/editor/preview", Map.of(
                "title", "Tin", "content", "<p>Đoạn.</p>", "unit", "<b>không có</b>")).getBody());
        assertThat(unknown.select("article .meta").text()).doesNotContain("không có");
    }

    @Test
    void thePreviewNeedsALogin() {
        assertThat(new RestClient(port, null).post("/api/editor/preview", Map.of("title", "x")).getStatusCode().value())
                .isEqualTo(401);
    }
}
