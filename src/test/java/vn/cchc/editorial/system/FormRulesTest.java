package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.article.ArticleReview;
import vn.cchc.editorial.article.RecordIntervention;
import vn.cchc.editorial.publication.Publication;
import vn.cchc.editorial.quota.RecordMissedQuotaAction;
import vn.cchc.editorial.report.MonthlyReport;
import vn.cchc.editorial.report.RecordReportDecision;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist checks in the browser what the server will check, from one source: the forms in processes/ write no
 * limit of their own, and as Tasklist fetches a form ({@link ServedFormRules}) each field a person fills in carries
 * the server's limit for it, so nobody is let through by one and refused by the other.
 */
@ApplicationTest
class FormRulesTest {

    /** The server's limit of each field of the forms, as the code that checks it names it. */
    static final Map<String, Integer> LIMITS = Map.ofEntries(
            Map.entry("title", Article.TITLE_MAX),
            Map.entry("summary", Article.SUMMARY_MAX),
            Map.entry("links", Article.LINKS_MAX),
            Map.entry("reviewComment", ArticleReview.COMMENT_MAX),
            Map.entry("publishedUrl", Publication.URL_MAX),
            Map.entry("refusalReason", Publication.REFUSAL_REASON_MAX),
            Map.entry("interventionNote", RecordIntervention.NOTE_MAX),
            Map.entry("actionTaken", RecordMissedQuotaAction.ACTION_MAX),
            Map.entry("meetingsNote", MonthlyReport.NOTE_MAX),
            Map.entry("partyUnionNote", MonthlyReport.NOTE_MAX),
            Map.entry("serviceCentreNote", MonthlyReport.NOTE_MAX),
            Map.entry("videosNote", MonthlyReport.NOTE_MAX),
            Map.entry("studyVisitsNote", MonthlyReport.NOTE_MAX),
            Map.entry("difficulties", MonthlyReport.TEXT_MAX),
            Map.entry("proposals", MonthlyReport.TEXT_MAX),
            Map.entry("directorsComment", RecordReportDecision.COMMENT_MAX));
    /** Fields whose rule is their format, written in the form: a year of four digits. */
    static final Set<String> FORMAT_IN_THE_FORM = Set.of("year");
    /** The content's limit is its size in bytes, which form-js cannot count: its description names it. */
    static final Set<String> SIZE_IN_THE_DESCRIPTION = Set.of("content");
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void theFormFilesWriteNoLimitOfTheirOwn() throws IOException {
        for (Resource file : forms()) {
            for (JsonNode component : components(read(file))) {
                if (component.path("validate").has("maxLength")) {
                    assertThat(component.get("key").asText()).as("a limit written in %s", file.getFilename()).isIn(FORMAT_IN_THE_FORM);
                }
                assertThat(component.path("description").asText()).as("a number in a description of %s", file.getFilename())
                        .doesNotContainPattern("\\d{2,} (ký tự|KB|dòng)");
            }
        }
    }

    @Test
    void everyTextAPersonWritesIsServedWithTheServersLimitAndItsDescriptionSaysIt() throws IOException {
        List<String> fields = new ArrayList<>();
        for (Resource file : forms()) {
            byte[] served;
            try (InputStream in = file.getInputStream()) {
                served = ServedFormRules.withRules(in.readAllBytes(), ServedFormRules.rules());
            }
            for (JsonNode component : components(JSON.readTree(served))) {
                String type = component.path("type").asText();
                String key = component.path("key").asText();
                boolean written = (type.equals("textfield") || type.equals("textarea"))
                        && !component.path("readonly").asBoolean() && !component.path("disabled").asBoolean();
                if (!written || FORMAT_IN_THE_FORM.contains(key)) continue;
                if (SIZE_IN_THE_DESCRIPTION.contains(key)) {
                    assertThat(component.path("description").asText()).contains("Tối đa " + Article.CONTENT_MAX_BYTES / 1024 + " KB.");
                    continue;
                }
                assertThat(component.path("validate").path("maxLength").asInt(-1)).as("%s in %s", key, file.getFilename())
                        .isEqualTo(LIMITS.get(key));
                assertThat(component.path("description").asText()).as("%s in %s", key, file.getFilename()).doesNotContain("{", "}");
                fields.add(key);
            }
        }
        assertThat(fields).contains("title", "summary", "links", "reviewComment", "publishedUrl", "refusalReason",
                "interventionNote", "actionTaken", "meetingsNote", "difficulties", "proposals", "directorsComment");
    }

    @Test
    void tasklistFetchesTheStartFormWithTheServersRules() {
        RestClient author = new RestClient(port, "vp.tacgia");
        JsonNode form = author.json(author.get("/engine-rest/process-definition/key/ArticlePublicationProcess/deployed-start-form"));
        JsonNode title = component(form, "title");
        assertThat(title.path("validate").path("maxLength").asInt()).isEqualTo(Article.TITLE_MAX);
        assertThat(title.path("validate").path("required").asBoolean()).isTrue();
        assertThat(title.path("description").asText()).isEqualTo("Tối đa " + Article.TITLE_MAX + " ký tự.");
        assertThat(component(form, "content").path("description").asText()).contains("Tối đa " + Article.CONTENT_MAX_BYTES / 1024 + " KB.");
        assertThat(component(form, "links").path("description").asText())
                .contains("tối đa " + Article.LINK_COUNT_MAX + " dòng, tổng cộng tối đa " + Article.LINKS_MAX + " ký tự.");
        assertThat(component(form, "topic").path("validate").path("required").asBoolean()).isTrue();
    }

    private static JsonNode component(JsonNode form, String key) {
        return components(form).stream().filter(c -> key.equals(c.path("key").asText())).findFirst().orElseThrow();
    }

    private static List<JsonNode> components(JsonNode form) {
        List<JsonNode> all = new ArrayList<>();
        collect(form, all);
        return all;
    }

    private static void collect(JsonNode node, List<JsonNode> all) {
        for (JsonNode component : node.path("components")) {
            all.add(component);
            collect(component, all);
        }
    }

    private static Resource[] forms() throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.form");
    }

    private static JsonNode read(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return JSON.readTree(in);
        }
    }
}
