package vn.cchc.editorial.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.publication.PublicationRepository;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/** The core path as the demo users walk it through the REST API: draft, approve, read it on the portal. */
@ApplicationTest
class ArticleLifecycleTest {

    @LocalServerPort
    int port;
    @Autowired
    ArticleRepository articles;
    @Autowired
    PublicationRepository publications;
    @Autowired
    TransactionTemplate transactions;

    RestClient author;
    RestClient board;

    @BeforeEach
    void logIn() {
        author = new RestClient(port, "vp.tacgia");
        board = author.as("bbt.bientap");
    }

    @Test
    void itemApprovedByTheBoardAppearsOnThePortalAndInTheFeed() throws Exception {
        String title = "Sở triển khai dịch vụ công trực tuyến toàn trình " + System.nanoTime();
        String processInstanceId = startItem(author, title, "[\"DEPARTMENT_PORTAL\"]");

        String taskId = reviewTaskOf(processInstanceId);
        ResponseEntity<String> approved = board.post("/engine-rest/task/" + taskId + "/submit-form",
                variables("reviewDecision", "APPROVE", "String"));
        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(new RestClient(port, null).get("/portal").getBody()).contains(title));

        ResponseEntity<String> feed = new RestClient(port, null).get("/portal/feed.atom");
        assertThat(feed.getHeaders().getContentType().toString()).startsWith("application/atom+xml");
        SyndFeed parsed = new SyndFeedInput().build(new StringReader(feed.getBody()));
        assertThat(parsed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(parsed.getEntries()).anySatisfy(e -> assertThat(e.getTitle()).isEqualTo(title));
        // absolute links from the configured public address (its trailing slash dropped), never the address asked
        String site = "https://stttt.soctrang.example.gov.vn";
        assertThat(parsed.getLinks()).extracting(com.rometools.rome.feed.synd.SyndLink::getRel, com.rometools.rome.feed.synd.SyndLink::getHref)
                .containsExactlyInAnyOrder(tuple("alternate", site + "/portal"), tuple("self", site + "/portal/feed.atom"));
        assertThat(parsed.getUri()).isEqualTo(site + "/portal");
        assertThat(parsed.getEntries()).filteredOn(e -> e.getTitle().equals(title)).singleElement().satisfies(e -> {
            assertThat(e.getLink()).isEqualTo(site + "/portal/articles/" + articleIdOf(processInstanceId));
            assertThat(e.getUri()).isEqualTo(e.getLink());
        });
        assertThat(feed.getBody()).doesNotContain("localhost", "127.0.0.1").contains("<title>Cổng thông tin điện tử của Sở – Tin cải cách"
                + " hành chính – Sở Thông tin và Truyền thông tỉnh Sóc Trăng</title>");

        transactions.executeWithoutResult(s -> {
            Article article = articles.findByProcessInstanceId(processInstanceId).orElseThrow();
            assertThat(article.getUnitCode()).isEqualTo("van-phong");
            assertThat(article.getAuthor()).isEqualTo("vp.tacgia");
            assertThat(article.getCode()).matches("CCHC-\\d{4}-\\d{5}");
            assertThat(article.getStatus()).isEqualTo(ArticleStatus.APPROVED);
            assertThat(article.getRevisions()).hasSize(1);
            assertThat(article.getReviews()).singleElement().satisfies(r -> {
                assertThat(r.getDecision()).isEqualTo(ReviewDecision.APPROVE);
                assertThat(r.getReviewer()).isEqualTo("bbt.bientap");
            });
            assertThat(publications.findByArticleId(article.getId())).hasSize(1);
        });
        ResponseEntity<String> page = new RestClient(port, null).get("/portal/articles/" + articleIdOf(processInstanceId));
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains(title).contains("Văn phòng Sở");
    }

    @Test
    void sentBackItemIsRevisedByItsAuthorAndTheRevisionIsKept() {
        String processInstanceId = startItem(author, "Bản nháp cần sửa " + System.nanoTime(), "[\"PROVINCIAL_PORTAL\"]");
        board.post("/engine-rest/task/" + reviewTaskOf(processInstanceId) + "/submit-form",
                variables("reviewDecision", "REVISE", "String", "reviewComment", "Bổ sung số liệu.", "String"));

        JsonNode revise = author.json(author.get("/engine-rest/task?processInstanceId=" + processInstanceId
                + "&taskDefinitionKey=Task_ReviseArticle&assignee=vp.tacgia")).get(0);
        String longContent = "<p>" + "Số liệu cải cách hành chính quý I. ".repeat(600) + "</p>";
        ResponseEntity<String> revised = author.post("/engine-rest/task/" + revise.get("id").asText() + "/submit-form",
                variables("title", "Bản đã sửa", "String", "summary", "", "String",
                        "content", longContent, "String", "links", "https://soctrang.gov.vn/a", "String"));
        assertThat(revised.getStatusCode().value()).as(revised.getBody()).isEqualTo(204);

        transactions.executeWithoutResult(s -> {
            Article article = articles.findByProcessInstanceId(processInstanceId).orElseThrow();
            assertThat(article.getTitle()).isEqualTo("Bản đã sửa");
            assertThat(article.getContent()).hasSizeGreaterThan(4000);
            assertThat(article.getRevisions()).hasSize(2);
            assertThat(article.getRevisions().get(1).getChangedFields()).contains("title", "content", "links");
            assertThat(article.getRevisions().get(1).getChangedBy()).isEqualTo("vp.tacgia");
            assertThat(article.getReviews()).singleElement().satisfies(r -> assertThat(r.getComment()).isEqualTo("Bổ sung số liệu."));
        });
        JsonNode content = board.json(board.get("/engine-rest/process-instance/" + processInstanceId + "/variables/content"));
        assertThat(content.get("type").asText()).isEqualTo("String");
        assertThat(content.get("value").asText()).isEqualTo(longContent);
    }

    @Test
    void resubmittedItemsReviewTaskShowsTheEarlierCommentAndWhatChanged() {
        String title = "Tin cần sửa số liệu " + System.nanoTime();
        String processInstanceId = startItem(author, title, "[\"DEPARTMENT_PORTAL\"]");
        JsonNode first = board.json(board.get("/engine-rest/task/" + reviewTaskOf(processInstanceId) + "/form-variables"));
        assertThat(first.get("authorPerson").get("value").asText()).isEqualTo("Nguyễn Thị Lan (Văn phòng Sở)");
        assertThat(first.get("reviewHistory").get("value").asText()).isEmpty();
        board.post("/engine-rest/task/" + reviewTaskOf(processInstanceId) + "/submit-form",
                variables("reviewDecision", "REVISE", "String", "reviewComment", "Bổ sung số liệu <quý I>.", "String"));

        String revise = vn.cchc.editorial.Items.taskOf(author, processInstanceId, "Task_ReviseArticle");
        ResponseEntity<String> revised = author.post("/engine-rest/task/" + revise + "/submit-form",
                variables("title", title + " quý I", "String", "summary", "Sapo của tin.", "String",
                        "content", "<p>Nội dung <b>tin</b> với 120 thủ tục.</p>", "String", "links", "", "String"));
        assertThat(revised.getStatusCode().value()).as(revised.getBody()).isEqualTo(204);

        String history = board.json(board.get("/engine-rest/task/" + reviewTaskOf(processInstanceId) + "/form-variables"))
                .get("reviewHistory").get("value").asText();
        assertThat(history)
                .contains("<strong>Trả lại để tác giả sửa</strong> · Huỳnh Thanh Mai (Ban Biên tập Cổng TTĐT của Sở) · ")
                .contains("<blockquote>Bổ sung số liệu &lt;quý I&gt;.</blockquote>")
                .contains("<h5>Tiêu đề</h5><div class=\"cchc-khac-biet\"><p>" + title + " <span class=\"cchc-them\">[+ quý I +]</span></p>")
                .contains("<h5>Nội dung</h5><div class=\"cchc-khac-biet\"><p>Nội dung tin <span class=\"cchc-them\">[+ với 120 thủ tục +]</span>.</p>")
                .doesNotContain("<h5>Sapo</h5>", "<b>", "\n");
    }

    @Test
    void startWithAJavascriptLinkIsRefusedWithTheVietnameseMessageAlone() {
        ResponseEntity<String> refused = author.post("/engine-rest/process-definition/key/ArticlePublicationProcess/submit-form",
                variables("title", "Tin có liên kết xấu", "String", "content", "<p>Nội dung.</p>", "String",
                        "topic", "T01", "String", "kind", "NEWS", "String", "links", "javascript:alert(1)", "String",
                        "channels", "[\"DEPARTMENT_PORTAL\"]", "Json"));

        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(author.json(refused).get("message").asText()).isEqualTo(
                "Liên kết \"javascript:alert(1)\" không hợp lệ: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://.");
    }

    @Test
    void sendingBackWithoutACommentIsRefusedWithTheVietnameseMessageAloneAndTheTaskStays() {
        String processInstanceId = startItem(author, "Tin chờ duyệt " + System.nanoTime(), "[\"DEPARTMENT_PORTAL\"]");
        String taskId = reviewTaskOf(processInstanceId);

        ResponseEntity<String> refused = board.post("/engine-rest/task/" + taskId + "/submit-form",
                variables("reviewDecision", "REVISE", "String"));

        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(board.json(refused).get("message").asText())
                .isEqualTo("Khi trả lại hoặc từ chối tin bài, Ban Biên tập phải ghi ý kiến.");
        assertThat(reviewTaskOf(processInstanceId)).isEqualTo(taskId);
    }

    static String startItem(RestClient client, String title, String channelsJson) {
        return vn.cchc.editorial.Items.start(client, title, channelsJson);
    }

    String reviewTaskOf(String processInstanceId) {
        JsonNode tasks = board.json(board.get("/engine-rest/task?processInstanceId=" + processInstanceId
                + "&taskDefinitionKey=Task_ReviewArticle&candidateGroup=ban-bien-tap"));
        assertThat(tasks).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    long articleIdOf(String processInstanceId) {
        return articles.findByProcessInstanceId(processInstanceId).orElseThrow().getId();
    }

}
