package vn.cchc.editorial.system;

import org.junit.jupiter.api.Test;
import vn.cchc.editorial.AsDemoUsers;
import vn.cchc.editorial.article.UploadFixtures;
import vn.cchc.editorial.report.PeriodicReportDocuments;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each answer says it is: a file (an upload, a guide picture, a report's .xlsx or .docx) its type alone, never
 * with a charset ({@code image/png;charset=UTF-8} is no type a picture has); text (pages, scripts, styles, the feed)
 * its type with UTF-8.
 */
class ResponseTypesTest extends AsDemoUsers {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void filesAreServedWithTheirTypeAndNoCharset() throws Exception {
        String picture = author.json(author.upload("so-do.png", UploadFixtures.png(12, 12))).get("location").asText();
        String document = author.json(author.upload("ke-hoach.docx", UploadFixtures.docx())).get("location").asText();
        assertThat(typeOf("vp.tacgia", picture)).isEqualTo("image/png");
        assertThat(typeOf("vp.tacgia", document)).isEqualTo(PeriodicReportDocuments.DOCX);
        assertThat(typeOf(null, "/huong-dan/ban-bien-tap-lich-su.png")).isEqualTo("image/png");
        assertThat(typeOf("bgd.giamdoc", "/api/reports/periodic/2024-Q1/figures.xlsx")).isEqualTo(PeriodicReportDocuments.XLSX);
    }

    @Test
    void textIsServedInUtf8() throws Exception {
        assertThat(typeOf(null, "/portal")).isEqualTo("text/html;charset=UTF-8");
        assertThat(typeOf(null, "/portal/portal.css")).isEqualTo("text/css;charset=UTF-8");
        assertThat(typeOf(null, "/portal/feed.atom")).isEqualTo("application/atom+xml;charset=UTF-8");
        assertThat(typeOf(null, "/camunda/app/tasklist/default/")).isEqualTo("text/html;charset=UTF-8");
        assertThat(typeOf(null, "/camunda/app/cchc/tieng-viet.js")).isEqualTo("text/javascript;charset=UTF-8");
        assertThat(typeOf("vp.tacgia", "/tin-bai-cua-toi")).isEqualTo("text/html;charset=UTF-8");
    }

    private String typeOf(String user, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<Void> answer = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.headers().firstValue("Content-Type").orElse(null);
    }
}
