package vn.cchc.editorial.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.editorial.AsDemoUsers;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.article.ItemFileRepository;
import vn.cchc.editorial.article.UploadFixtures;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * The external portal gets an item's pictures and documents, not this host's addresses of them: each file the content
 * uses is sent to the portal once, with its type and name, and the content posted points to where the portal keeps it.
 */
class ExternalPortalFilesTest extends AsDemoUsers {

    @Autowired
    ItemFileRepository files;

    @Test
    void theExternalPortalGetsTheItemsFilesAndAContentPointingToThem() throws Exception {
        JsonNode picture = author.json(author.upload("hoi-nghi.png", UploadFixtures.png(20, 20)));
        JsonNode document = author.json(author.upload("Kế hoạch.docx", UploadFixtures.docx()));
        String pictureToken = picture.get("token").asText();
        String documentToken = document.get("token").asText();
        var started = author.post(Items.START, variables("title", "Tin có ảnh gửi Cổng ngoài", "String",
                "summary", "Sapo.", "String", "content", "<p>Hội nghị.</p><p><img src=\"" + picture.get("location").asText()
                        + "\" alt=\"Hội nghị\"></p><p><a href=\"" + document.get("location").asText() + "\">Kế hoạch</a>"
                        + " và lại <img src=\"" + picture.get("location").asText() + "\" alt=\"lần hai\"></p>", "String",
                "topic", "T11", "String", "kind", "NEWS", "String", "channels", "[\"DEPARTMENT_PORTAL\"]", "Json"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String processInstanceId = author.json(started).get("id").asText();
        Article article = articles.findByProcessInstanceId(processInstanceId).orElseThrow();

        // the document reached the portal on an earlier try whose post then failed: found by its key, not sent again
        String documentCopy = "https://cong.example.gov.vn/da-co/ke-hoach.docx";
        ExternalPortalStub.server().stubFor(WireMock.get(WireMock.urlPathEqualTo(ExternalPortalStub.API + "/files/by-key/" + documentToken))
                .atPriority(1).willReturn(WireMock.okJson("{\"url\": \"" + documentCopy + "\"}")));

        Items.approve(board, processInstanceId);
        await().atMost(Duration.ofSeconds(30)).until(() -> publications.findPostedByDepartment(article.getId()).isPresent());

        List<LoggedRequest> posts = ExternalPortalStub.postsOf(Publication.keyOf(article.getId(), "DEPARTMENT_PORTAL"));
        assertThat(posts).hasSize(1);
        String content = new ObjectMapper().readTree(posts.get(0).getBodyAsString()).get("content").asText();
        assertThat(content).doesNotContain("/api/uploads")
                .contains("src=\"" + ExternalPortalStub.FILES_AT + pictureToken + "\"")
                .contains("href=\"" + documentCopy + "\"");

        List<LoggedRequest> pictures = ExternalPortalStub.filesSentAs(pictureToken);
        assertThat(pictures).as("sent once, though shown twice").hasSize(1);
        assertThat(pictures.get(0).getHeader("Content-Type")).isEqualTo("image/png");
        assertThat(pictures.get(0).getBody()).isEqualTo(files.findByToken(pictureToken).orElseThrow().getData());
        assertThat(pictures.get(0).getHeader("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''hoi-nghi.png");
        assertThat(ExternalPortalStub.filesSentAs(documentToken)).isEmpty();
    }
}
