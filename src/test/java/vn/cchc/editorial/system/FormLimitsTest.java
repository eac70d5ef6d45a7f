package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.article.ArticleReview;
import vn.cchc.editorial.article.RecordIntervention;
import vn.cchc.editorial.publication.Publication;
import vn.cchc.editorial.report.MonthlyReport;
import vn.cchc.editorial.quota.RecordMissedQuotaAction;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist checks a length in the browser before the server does: each Camunda Form's maxLength is the
 * server's limit for that field, so a person is never let through by one and refused by the other.
 */
class FormLimitsTest {

    static final Map<String, Integer> LIMITS = Map.ofEntries(
            Map.entry("title", Article.TITLE_MAX),
            Map.entry("summary", Article.SUMMARY_MAX),
            Map.entry("links", Article.LINKS_MAX),
            Map.entry("reviewComment", ArticleReview.COMMENT_MAX),
            Map.entry("publishedUrl", Publication.URL_MAX),
            Map.entry("refusalReason", Publication.REFUSAL_REASON_MAX),
            Map.entry("interventionNote", RecordIntervention.NOTE_MAX),
            Map.entry("actionTaken", RecordMissedQuotaAction.ACTION_MAX),
            Map.entry("year", 4),
            Map.entry("meetingsNote", MonthlyReport.NOTE_MAX),
            Map.entry("partyUnionNote", MonthlyReport.NOTE_MAX),
            Map.entry("serviceCentreNote", MonthlyReport.NOTE_MAX),
            Map.entry("videosNote", MonthlyReport.NOTE_MAX),
            Map.entry("studyVisitsNote", MonthlyReport.NOTE_MAX),
            Map.entry("difficulties", MonthlyReport.TEXT_MAX),
            Map.entry("proposals", MonthlyReport.TEXT_MAX),
            // the Directors' decision on a periodic report (report.RecordReportDecision)
            Map.entry("directorsComment", vn.cchc.editorial.report.RecordReportDecision.COMMENT_MAX));

    @Test
    void everyFormsMaxLengthIsTheServersLimit() throws Exception {
        List<String> fields = new ArrayList<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.form")) {
            try (InputStream in = file.getInputStream()) {
                for (JsonNode component : new ObjectMapper().readTree(in).path("components")) {
                    JsonNode maxLength = component.path("validate").path("maxLength");
                    if (maxLength.isMissingNode()) continue;
                    String key = component.path("key").asText();
                    assertThat(LIMITS).as("a limit for %s in %s", key, file.getFilename()).containsKey(key);
                    assertThat(maxLength.asInt()).as("%s in %s", key, file.getFilename()).isEqualTo(LIMITS.get(key));
                    fields.add(key);
                }
            }
        }
        assertThat(fields).contains("title", "summary", "links", "reviewComment", "publishedUrl", "refusalReason",
                "interventionNote", "actionTaken", "meetingsNote", "difficulties", "proposals");
    }
}
