package vn.cchc.editorial.publication;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.article.ItemFileRepository;
import vn.cchc.editorial.article.ItemFiles;
import vn.cchc.editorial.article.UploadFixtures;
import vn.cchc.editorial.article.Topic;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * The department portal is a real WordPress ({@link TestWordPress}): the first post of an item, with its
 * Vietnamese text, its category and its public address stored; a post that succeeded before our own commit
 * failed, retried without a second post; WordPress down, an incident, then a retry once it is back, posted once;
 * a redirect of the real WordPress (a wrong site address) not followed. Its own context in a JVM of its own (Maven profile {@code wordpress}, failsafe); the answers a healthy
 * WordPress never gives (a 2xx that is not JSON, a post without a link, a redirect to another host) are
 * {@link WordPressAnswersTest}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:cchc-wordpress;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=1000"
})
@ContextConfiguration(initializers = TestWordPress.Initializer.class)
class WordPressPublicationIT {

    static final Topic TOPIC = Topic.T06;

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    ArticleRepository articles;
    @Autowired
    PublicationRepository publications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WordPressPortalPublisher publisher;
    @Autowired
    ItemFiles itemFiles;
    @Autowired
    ItemFileRepository files;

    RestClient author;
    RestClient board;
    RestClient admin;
    PublishJobs jobs;

    @BeforeEach
    void logInAsTheDemoUsers() {
        author = new RestClient(port, "vp.tacgia");
        board = author.as("bbt.bientap");
        admin = author.as("admin");
        jobs = new PublishJobs(management, articles, publications);
    }

    @AfterEach
    void wordPressUpAndNoFailingFlushLeft() {
        TestWordPress.up();
        FailingFlush.disarm(jdbc);
    }

    @Test
    void firstPostKeepsTheVietnameseTextTheTopicAsCategoryAndStoresTheLink() {
        String title = "Sở triển khai dịch vụ công trực tuyến toàn trình: người dân hài lòng " + System.nanoTime();
        String pi = start(title);
        Items.approve(board, pi);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jobs.publicationsOf(pi)).hasSize(1));
        JsonNode post = onlyPostOf(pi);
        assertThat(post.get("status").asText()).isEqualTo("publish");
        assertThat(post.get("title").get("raw").asText()).isEqualTo(title);
        assertThat(post.get("excerpt").get("raw").asText()).isEqualTo("Sapo: kết quả đánh giá mức độ hài lòng của người dân.");
        assertThat(post.get("content").get("raw").asText())
                // the author's <b> is kept as <strong> (article.ContentRules)
                .contains("<p>Ứng dụng <strong>dịch vụ công</strong> giúp giảm thời gian đi lại.</p>")
                .contains("Liên kết kèm theo")
                .contains("href=\"https://dichvucong.gov.vn/p/home/dvc-trang-chu.html\"");
        assertThat(post.get("categories")).singleElement().satisfies(id ->
                assertThat(TestWordPress.category(id.asLong()).get("name").asText()).isEqualTo(TOPIC.label()));
        assertThat(jobs.publicationsOf(pi)).singleElement().satisfies(p -> {
            assertThat(p.getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
            assertThat(p.getUrl()).isEqualTo(post.get("link").asText()).startsWith(TestWordPress.url());
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero());

        // the next item of the same topic goes to the same category
        String next = start("Tin thứ hai cùng chủ đề " + System.nanoTime());
        Items.approve(board, next);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jobs.publicationsOf(next)).hasSize(1));
        assertThat(onlyPostOf(next).get("categories")).isEqualTo(post.get("categories"));
        assertThat(TestWordPress.categories()).filteredOn(c -> c.get("name").asText().equals(TOPIC.label())).hasSize(1);
    }

    @Test
    void theItemsPictureAndDocumentGoToWordPresssMediaAndThePostShowsThemFromThere() {
        JsonNode picture = uploaded("hoi-nghi.png", UploadFixtures.png(40, 30));
        JsonNode document = uploaded("ke-hoach.docx", UploadFixtures.docx());
        String pi = start("Tin có ảnh và tệp " + System.nanoTime(), "<p>Hội nghị.</p><p><img src=\""
                + picture.get("location").asText() + "\" alt=\"Hội nghị\"></p><p><a href=\"" + document.get("location").asText()
                + "\">Kế hoạch</a></p>");
        Items.approve(board, pi);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jobs.publicationsOf(pi)).hasSize(1));
        String content = onlyPostOf(pi).get("content").get("raw").asText();
        JsonNode pictureMedium = onlyMediumOf(picture.get("token").asText());
        JsonNode documentMedium = onlyMediumOf(document.get("token").asText());
        String pictureUrl = pictureMedium.get("source_url").asText();
        assertThat(pictureUrl).startsWith(TestWordPress.url() + "/");
        assertThat(content)
                .contains("src=\"" + pictureUrl + "\"")
                .contains("href=\"" + documentMedium.get("source_url").asText() + "\"")
                .doesNotContain("/api/uploads");
        assertThat(TestWordPress.fetched(pictureUrl)).as("the picture as the item's file holds it")
                .isEqualTo(files.findByToken(picture.get("token").asText()).orElseThrow().getData());
        assertThat(TestWordPress.fetched(documentMedium.get("source_url").asText()))
                .isEqualTo(files.findByToken(document.get("token").asText()).orElseThrow().getData());
    }

    @Test
    void postThatSucceededBeforeOurCommitFailedIsNotPostedAgain() {
        String pi = start("Đăng xong nhưng lưu lỗi " + System.nanoTime());
        FailingFlush.armOnceFor(jdbc, jobs.keyOf(pi));

        Items.approve(board, pi);
        Job job = jobs.firstFailureOf(pi);
        assertThat(job.getExceptionMessage()).contains(FailingFlush.MESSAGE);
        JsonNode post = onlyPostOf(pi);
        assertThat(jobs.publicationsOf(pi)).isEmpty();

        management.executeJob(job.getId());

        assertThat(onlyPostOf(pi).get("id")).as("the retry found the post and made none").isEqualTo(post.get("id"));
        assertThat(jobs.publicationsOf(pi)).singleElement()
                .satisfies(p -> assertThat(p.getUrl()).isEqualTo(post.get("link").asText()));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    }

    @Test
    void wordPressDownLeavesAnIncidentAndARetryAfterItIsBackPostsOnce() {
        String pi = start("WordPress ngừng hoạt động " + System.nanoTime());
        TestWordPress.down();

        Items.approve(board, pi);
        Job job = jobs.firstFailureOf(pi);
        assertThat(job.getExceptionMessage()).contains("failed or answered no JSON");
        for (int retriesLeft = 3; retriesLeft >= 0; retriesLeft--) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).isNotNull();
            assertThat(jobs.jobOf(pi).getRetries()).isEqualTo(retriesLeft);
        }
        JsonNode incidents = admin.json(admin.get("/engine-rest/incident?processInstanceId=" + pi));
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.get("incidentType").asText()).isEqualTo("failedJob");
            assertThat(incident.get("activityId").asText()).isEqualTo(PublishJobs.PUBLISH);
        });
        assertThat(jobs.publicationsOf(pi)).isEmpty();

        TestWordPress.up();
        assertThat(postsOf(pi)).as("nothing reached WordPress while it was down").isEmpty();
        ResponseEntity<String> retried = admin.exchange(HttpMethod.PUT, "/engine-rest/job/" + job.getId() + "/retries",
                Map.of("retries", 1, "dueDate", PublishJobs.restDate(ClockUtil.getCurrentTime())));
        assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jobs.publicationsOf(pi)).hasSize(1));
        assertThat(jobs.publicationsOf(pi).get(0).getUrl()).isEqualTo(onlyPostOf(pi).get("link").asText());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero());
        assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).isZero();
    }

    @Test
    void aSiteAddressThatIsNotTheSitesOwnIsRedirectedNotFollowedAndPostsNothing() {
        String pi = start("Địa chỉ trang sai " + System.nanoTime());
        var article = articles.findByProcessInstanceId(pi).orElseThrow();
        // the admin pages, not the site: WordPress sends a caller it does not know there to its login page
        var wrongAddress = new WordPressPortalPublisher(new WordPressProperties(URI.create(TestWordPress.url() + "/wp-admin"),
                TestWordPress.user(), TestWordPress.applicationPassword(), null, null, null), itemFiles);

        assertThatThrownBy(() -> wrongAddress.publish(article, jobs.keyOf(pi)))
                .isInstanceOf(WordPressPortalPublisher.WordPressException.class)
                .hasMessageContaining("was redirected to " + TestWordPress.url() + "/wp-login.php");
        assertThat(postsOf(pi)).isEmpty();
    }

    String start(String title) {
        return start(title, "<p>Ứng dụng <b>dịch vụ công</b> giúp giảm thời gian đi lại.</p>");
    }

    String start(String title, String content) {
        ResponseEntity<String> started = author.post(Items.START,
                variables("title", title, "String",
                        "summary", "Sapo: kết quả đánh giá mức độ hài lòng của người dân.", "String",
                        "content", content, "String",
                        "links", "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", "String",
                        "topic", TOPIC.name(), "String",
                        "kind", "NEWS", "String",
                        "channels", "[\"DEPARTMENT_PORTAL\"]", "Json"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        return author.json(started).get("id").asText();
    }

    /** The author's upload through /api/uploads: its token and location. */
    JsonNode uploaded(String name, byte[] bytes) {
        ResponseEntity<String> answer = author.upload(name, bytes);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        return author.json(answer);
    }

    /** The one medium in WordPress of the item's file with this token: never a second. */
    JsonNode onlyMediumOf(String token) {
        JsonNode media = TestWordPress.mediaWithSlug(publisher.mediaSlugOf(token));
        assertThat(media).hasSize(1);
        return media.get(0);
    }

    JsonNode postsOf(String pi) {
        return TestWordPress.postsWithSlug(publisher.slugOf(jobs.keyOf(pi)));
    }

    /** The item's one post in WordPress: never a second. */
    JsonNode onlyPostOf(String pi) {
        JsonNode posts = postsOf(pi);
        assertThat(posts).hasSize(1);
        return posts.get(0);
    }
}
