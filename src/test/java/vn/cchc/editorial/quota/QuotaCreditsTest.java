package vn.cchc.editorial.quota;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.system.InvalidInputException;
import vn.cchc.editorial.publication.PublicationRepository;
import vn.cchc.editorial.publication.PublicationStatus;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/** The Office's hand credit against the real database: what may be credited, and what then counts. */
@ApplicationTest
class QuotaCreditsTest {

    @LocalServerPort
    int port;
    @Autowired
    QuotaCredits credits;
    @Autowired
    QuotaCounter counter;
    @Autowired
    QuotaPeriods periods;
    @Autowired
    ArticleRepository articles;
    @Autowired
    PublicationRepository publications;

    @Test
    void aPublishedItemCreditedToAPeriodCountsForItOnceAndOnlyOnce() {
        long itemId = approvedItem("[\"DEPARTMENT_PORTAL\"]", PublicationStatus.PUBLISHED);
        String march = "department-portal-monthly:2024-03";
        int before = counter.achieved(periods.find(march));

        QuotaCredit credit = credits.credit(march, itemId, "Tin của Phòng CDS viết thay Văn phòng theo phân công.", "vp.theodoi");

        assertThat(credit.getCreditedBy()).isEqualTo("vp.theodoi");
        assertThat(counter.achieved(periods.find(march))).isEqualTo(before + 1);
        assertThatThrownBy(() -> credits.credit("department-portal-monthly:2024-04", itemId, "Lần nữa", "vp.theodoi"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("đã được tính cho kỳ department-portal-monthly:2024-03");
    }

    @Test
    void anItemNotYetPublishedOrOnAnotherChannelOrWithoutReasonIsRefused() {
        long handedOff = approvedItem("[\"PROVINCIAL_PORTAL\"]", PublicationStatus.HANDED_OFF);
        assertThatThrownBy(() -> credits.credit("provincial-portal-quarterly:2024-Q1", handedOff, "Đã gửi", "vp.theodoi"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("chưa được đăng");

        long onPortal = approvedItem("[\"DEPARTMENT_PORTAL\"]", PublicationStatus.PUBLISHED);
        assertThatThrownBy(() -> credits.credit("provincial-cchc-page-quarterly:2024-Q1", onPortal, "Nhầm kênh", "vp.theodoi"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("kênh khác");
        assertThatThrownBy(() -> credits.credit("department-portal-monthly:2024-05", onPortal, "  ", "vp.theodoi"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lý do");
        assertThatThrownBy(() -> credits.credit("department-portal-monthly:2031-05", onPortal, "Năm chưa có", "vp.theodoi"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Chưa có tệp kế hoạch cho năm 2031");
    }

    @Test
    void theOfficeCreditsThroughTheApiAndAnAuthorMayNot() {
        long itemId = approvedItem("[\"DEPARTMENT_PORTAL\"]", PublicationStatus.PUBLISHED);
        var body = java.util.Map.of("periodId", "department-portal-monthly:2024-06", "articleId", itemId,
                "reason", "Bài phối hợp, Văn phòng quyết định tính cho Phòng TTBCXB.");

        var byAuthor = new RestClient(port, "cds.tacgia").post("/api/quota-credits", body);
        assertThat(byAuthor.getStatusCode().value()).isEqualTo(403);

        var byOffice = new RestClient(port, "vp.theodoi").post("/api/quota-credits", body);
        assertThat(byOffice.getStatusCode().value()).as(byOffice.getBody()).isEqualTo(201);
        assertThat(new RestClient(port, "vp.theodoi").json(byOffice).get("creditedBy").asText()).isEqualTo("vp.theodoi");

        var again = new RestClient(port, "vp.theodoi").post("/api/quota-credits", body);
        assertThat(again.getStatusCode().value()).isEqualTo(400);
        assertThat(new RestClient(port, "vp.theodoi").json(again).get("message").asText()).contains("đã được tính");
    }

    private long approvedItem(String channels, PublicationStatus expected) {
        RestClient author = new RestClient(port, "cds.tacgia");
        RestClient board = author.as("bbt.bientap");
        var started = author.post("/engine-rest/process-definition/key/ArticlePublicationProcess/submit-form",
                variables("title", "Tin tính chỉ tiêu " + System.nanoTime(), "String", "content", "<p>Nội dung.</p>", "String",
                        "topic", "T08", "String", "kind", "NEWS", "String", "channels", channels, "Json"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String pi = author.json(started).get("id").asText();
        JsonNode task = board.json(board.get("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=Task_ReviewArticle")).get(0);
        board.post("/engine-rest/task/" + task.get("id").asText() + "/submit-form", variables("reviewDecision", "APPROVE", "String"));
        long id = articles.findByProcessInstanceId(pi).orElseThrow().getId();
        await().atMost(Duration.ofSeconds(30)).until(() -> publications.findByArticleId(id).stream()
                .anyMatch(p -> p.getStatus() == expected));
        return id;
    }
}
