package vn.cchc.editorial.publication;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.article.ItemFile;
import vn.cchc.editorial.article.ItemFiles;
import vn.cchc.editorial.article.Topic;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The answers a healthy WordPress never gives, played by WireMock on localhost: a page that is not JSON (a
 * plugin's PHP notice before the JSON, an HTML page from a wrong address), a post without a link, a redirect to
 * another host. Each is a failure ({@link WordPressPortalPublisher.WordPressException}), so
 * {@link PublishArticle} stores nothing and the engine retries the job; a redirect is never followed, so the
 * other host never sees the credentials. What a real WordPress answers is {@link WordPressPublicationIT}'s.
 */
class WordPressAnswersTest {

    static final String KEY = "42:DEPARTMENT_PORTAL";
    static final String SLUG = "cchc-42-department-portal";
    static final String LINK = "https://so.example.gov.vn/?p=7";

    static final WireMockServer wordpress = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    static final WireMockServer otherHost = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    WordPressPortalPublisher publisher;
    Article article;
    ItemFiles files;

    @BeforeAll
    static void startServers() {
        wordpress.start();
        otherHost.start();
    }

    @AfterAll
    static void stopServers() {
        wordpress.stop();
        otherHost.stop();
    }

    @BeforeEach
    void healthyWordPress() {
        wordpress.resetAll();
        otherHost.resetAll();
        wordpress.stubFor(route("GET", WordPressPortalPublisher.POSTS).willReturn(okJson("[]")));
        wordpress.stubFor(route("GET", WordPressPortalPublisher.CATEGORIES)
                .willReturn(okJson("[{\"id\": 5, \"name\": \"Tiện ích &amp; hướng dẫn\"}, {\"id\": 6, \"name\": \"" + Topic.T11.label() + "\"}]")));
        wordpress.stubFor(route("POST", WordPressPortalPublisher.POSTS)
                .willReturn(json(201, "{\"id\": 7, \"status\": \"publish\", \"link\": \"" + LINK + "\"}")));
        publisher = new WordPressPortalPublisher(new WordPressProperties(URI.create(wordpress.baseUrl()),
                "cchc-editorial", "abcd efgh ijkl mnop", null, null, null), files = mock(ItemFiles.class));
        article = mock(Article.class);
        when(article.getCode()).thenReturn("CCHC-2024-00042");
        when(article.getTitle()).thenReturn("Tiêu đề <có> dấu & ký tự");
        when(article.getSummary()).thenReturn("Sapo của tin.");
        when(article.getContent()).thenReturn("<p onclick=\"x()\">Nội dung</p><script>alert(1)</script>");
        when(article.getLinkList()).thenReturn(List.of("https://dichvucong.gov.vn/a?b=1&c=2"));
        when(article.getTopic()).thenReturn(Topic.T11);
    }

    @Test
    void aHealthyAnswerGivesThePostsLinkAndThePostCarriesTheKeyTheCategoryAndSanitizedContent() {
        assertThat(publisher.publish(article, KEY)).isEqualTo(LINK);

        wordpress.verify(getRequestedFor(urlPathEqualTo("/index.php")).withQueryParam("rest_route", equalTo(WordPressPortalPublisher.POSTS))
                .withQueryParam("slug", equalTo(SLUG)).withQueryParam("status", equalTo("any"))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials("cchc-editorial", "abcd efgh ijkl mnop")));
        wordpress.verify(postRequestedFor(urlPathEqualTo("/index.php")).withQueryParam("rest_route", equalTo(WordPressPortalPublisher.POSTS))
                .withRequestBody(matchingJsonPath("$.slug", equalTo(SLUG)))
                .withRequestBody(matchingJsonPath("$.status", equalTo("publish")))
                .withRequestBody(matchingJsonPath("$.categories[0]", equalTo("6")))
                .withRequestBody(matchingJsonPath("$.title", equalTo("Tiêu đề &lt;có&gt; dấu &amp; ký tự")))
                .withRequestBody(matchingJsonPath("$.content", containing("<p>Nội dung</p>")))
                .withRequestBody(matchingJsonPath("$.content", notContaining("script")))
                .withRequestBody(matchingJsonPath("$.content", notContaining("onclick")))
                .withRequestBody(matchingJsonPath("$.content", containing("href=\"https://dichvucong.gov.vn/a?b&#61;1&amp;c&#61;2\""))));
        wordpress.verify(0, postRequestedFor(urlPathEqualTo("/index.php"))
                .withQueryParam("rest_route", equalTo(WordPressPortalPublisher.CATEGORIES)));
    }

    @Test
    void theItemsPictureAndDocumentAreUploadedAsMediaOnceAndTheContentPointsToThem() {
        String picture = "0b5e3f7a-1111-4222-8333-944455556666";
        String document = "1c6f4e8b-2222-4333-9444-a55566667777";
        when(article.getId()).thenReturn(42L);
        when(article.getContent()).thenReturn("<p><img src=\"/api/uploads/" + picture + "\" alt=\"Hội nghị\"></p>"
                + "<p><a href=\"/api/uploads/" + document + "\">Kế hoạch</a> và <a href=\"/api/uploads/" + document + "\">lần nữa</a></p>");
        fileOfItem(picture, "hội nghị.PNG", "image/png", new byte[] {1, 2, 3});
        fileOfItem(document, "ke-hoach.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {4, 5});
        String pictureSlug = "cchc-tep-" + picture;
        String documentSlug = "cchc-tep-" + document;
        wordpress.stubFor(route("GET", WordPressPortalPublisher.MEDIA).withQueryParam("slug", equalTo(pictureSlug))
                .willReturn(okJson("[]")));
        // the document went up on an earlier try whose post failed
        wordpress.stubFor(route("GET", WordPressPortalPublisher.MEDIA).withQueryParam("slug", equalTo(documentSlug))
                .willReturn(okJson("[{\"id\": 9, \"slug\": \"" + documentSlug + "\", \"source_url\": \"https://so.example.gov.vn/wp-content/uploads/" + documentSlug + ".docx\"}]")));
        wordpress.stubFor(route("POST", WordPressPortalPublisher.MEDIA).willReturn(json(201,
                "{\"id\": 8, \"slug\": \"" + pictureSlug + "\", \"source_url\": \"https://so.example.gov.vn/wp-content/uploads/" + pictureSlug + ".png\"}")));

        assertThat(publisher.publish(article, KEY)).isEqualTo(LINK);

        wordpress.verify(1, postRequestedFor(urlPathEqualTo("/index.php")).withQueryParam("rest_route", equalTo(WordPressPortalPublisher.MEDIA)));
        wordpress.verify(postRequestedFor(urlPathEqualTo("/index.php")).withQueryParam("rest_route", equalTo(WordPressPortalPublisher.MEDIA))
                .withQueryParam("slug", equalTo(pictureSlug))
                .withHeader("Content-Type", equalTo("image/png"))
                .withHeader("Content-Disposition", equalTo("attachment; filename=\"" + pictureSlug + ".png\""))
                .withRequestBody(binaryEqualTo(new byte[] {1, 2, 3})));
        wordpress.verify(1, getRequestedFor(urlPathEqualTo("/index.php")).withQueryParam("rest_route", equalTo(WordPressPortalPublisher.MEDIA))
                .withQueryParam("slug", equalTo(documentSlug)));
        wordpress.verify(postRequestedFor(urlPathEqualTo("/index.php")).withQueryParam("rest_route", equalTo(WordPressPortalPublisher.POSTS))
                .withRequestBody(matchingJsonPath("$.content", containing("src=\"https://so.example.gov.vn/wp-content/uploads/" + pictureSlug + ".png\"")))
                .withRequestBody(matchingJsonPath("$.content", containing("href=\"https://so.example.gov.vn/wp-content/uploads/" + documentSlug + ".docx\"")))
                .withRequestBody(matchingJsonPath("$.content", notContaining("/api/uploads"))));
    }

    @Test
    void aFileOfTheContentThatIsNotTheItemsIsAFailureAndNothingIsPosted() {
        when(article.getId()).thenReturn(42L);
        when(article.getContent()).thenReturn("<p><img src=\"/api/uploads/0b5e3f7a-1111-4222-8333-944455556666\"></p>");
        when(files.attached("0b5e3f7a-1111-4222-8333-944455556666")).thenReturn(Optional.empty());

        assertFails("not among the item's files");
        wordpress.verify(0, postRequestedFor(urlPathEqualTo("/index.php")));
    }

    void fileOfItem(String token, String name, String type, byte[] bytes) {
        ItemFile file = mock(ItemFile.class);
        when(file.getArticleId()).thenReturn(42L);
        when(file.getFileName()).thenReturn(name);
        when(file.getContentType()).thenReturn(type);
        when(file.getData()).thenReturn(bytes);
        when(files.attached(token)).thenReturn(Optional.of(file));
    }

    @Test
    void aPostFoundByItsSlugIsNotPostedAgain() {
        wordpress.stubFor(route("GET", WordPressPortalPublisher.POSTS)
                .willReturn(okJson("[{\"id\": 7, \"slug\": \"" + SLUG + "\", \"status\": \"publish\", \"link\": \"" + LINK + "\"}]")));

        assertThat(publisher.publish(article, KEY)).isEqualTo(LINK);
        wordpress.verify(0, postRequestedFor(urlPathEqualTo("/index.php")));
    }

    @Test
    void aCategoryNamedByNoOneIsCreated() {
        when(article.getTopic()).thenReturn(Topic.T06);
        wordpress.stubFor(route("POST", WordPressPortalPublisher.CATEGORIES).willReturn(json(201, "{\"id\": 9, \"name\": \"x\"}")));

        publisher.publish(article, KEY);
        wordpress.verify(postRequestedFor(urlPathEqualTo("/index.php")).withQueryParam("rest_route", equalTo(WordPressPortalPublisher.CATEGORIES))
                .withRequestBody(matchingJsonPath("$.name", equalTo(Topic.T06.label()))));
        wordpress.verify(postRequestedFor(urlPathEqualTo("/index.php")).withQueryParam("rest_route", equalTo(WordPressPortalPublisher.POSTS))
                .withRequestBody(matchingJsonPath("$.categories[0]", equalTo("9"))));
    }

    @Test
    void anHtmlPageInsteadOfJsonIsAFailure() {
        wordpress.stubFor(route("GET", WordPressPortalPublisher.POSTS).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8").withBody("<html><body>Trang chủ</body></html>")));

        assertFails("answered no JSON");
        wordpress.verify(0, postRequestedFor(urlPathEqualTo("/index.php")));
    }

    @Test
    void aPhpNoticeBeforeTheJsonIsAFailure() {
        wordpress.stubFor(route("POST", WordPressPortalPublisher.POSTS).willReturn(json(201,
                "<br />\n<b>Notice</b>: Undefined index in plugin.php<br />\n{\"id\": 7, \"link\": \"" + LINK + "\"}")));

        assertFails("answered no JSON");
    }

    @Test
    void aPostWithoutALinkIsAFailure() {
        wordpress.stubFor(route("POST", WordPressPortalPublisher.POSTS).willReturn(json(201, "{\"id\": 7, \"status\": \"publish\"}")));
        assertFails("has no http(s) link");

        wordpress.stubFor(route("POST", WordPressPortalPublisher.POSTS)
                .willReturn(json(201, "{\"id\": 7, \"status\": \"publish\", \"link\": \"/?p=7\"}")));
        assertFails("has no http(s) link");
    }

    @Test
    void aPostFoundAsADraftIsAFailureNotAPublication() {
        wordpress.stubFor(route("GET", WordPressPortalPublisher.POSTS)
                .willReturn(okJson("[{\"id\": 7, \"slug\": \"" + SLUG + "\", \"status\": \"draft\", \"link\": \"" + LINK + "\"}]")));

        assertFails("is draft, not published");
        wordpress.verify(0, postRequestedFor(urlPathEqualTo("/index.php")));
    }

    @Test
    void aRedirectToAnotherHostIsAFailureAndIsNotFollowed() {
        otherHost.stubFor(any(anyUrl()).willReturn(okJson("[]")));
        wordpress.stubFor(route("GET", WordPressPortalPublisher.POSTS)
                .willReturn(temporaryRedirect(otherHost.baseUrl().replace("127.0.0.1", "localhost") + "/index.php?rest_route=/wp/v2/posts")));

        assertFails("was redirected to http://localhost:" + otherHost.port());
        assertThat(otherHost.getAllServeEvents()).as("the other host never saw the credentials").isEmpty();
        wordpress.verify(0, postRequestedFor(urlPathEqualTo("/index.php")));

        wordpress.stubFor(route("GET", WordPressPortalPublisher.POSTS).willReturn(okJson("[]")));
        wordpress.stubFor(route("POST", WordPressPortalPublisher.POSTS).willReturn(permanentRedirect(otherHost.baseUrl() + "/")));
        assertFails("was redirected to");
        assertThat(otherHost.getAllServeEvents()).isEmpty();
    }

    @Test
    void anErrorStatusIsAFailure() {
        wordpress.stubFor(route("GET", WordPressPortalPublisher.POSTS).willReturn(json(401,
                "{\"code\": \"incorrect_password\", \"message\": \"Sai mật khẩu\"}")));
        assertFails("answered 401");
    }

    void assertFails(String message) {
        assertThatThrownBy(() -> publisher.publish(article, KEY))
                .isInstanceOf(WordPressPortalPublisher.WordPressException.class)
                .hasMessageContaining(message);
    }

    static MappingBuilder route(String method, String route) {
        return request(method, urlPathEqualTo("/index.php")).withQueryParam("rest_route", equalTo(route));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8").withBody(body);
    }
}
