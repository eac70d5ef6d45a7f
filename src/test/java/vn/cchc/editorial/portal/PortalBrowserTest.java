package vn.cchc.editorial.portal;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.Browser;
import vn.cchc.editorial.BrowserTest;
import vn.cchc.editorial.RestClient;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.Browser.withText;
import static vn.cchc.editorial.RestClient.variables;

/** The public department portal as a reader sees it, on a desktop and on a phone. */
@BrowserTest
class PortalBrowserTest {

    /** Scripts, event handlers and javascript: links never get this far: the start form refuses them. */
    static final String CONTENT = "<p>Người dân nộp hồ sơ trực tuyến <b>không cần đến trụ sở</b>.</p>"
            + "<ul><li>Bước 1: đăng nhập Cổng dịch vụ công.</li><li>Bước 2: nộp hồ sơ.</li></ul>"
            + "<p><a href=\"https://dichvucong.soctrang.gov.vn\">Xem thêm</a></p>";
    /** Wider than a phone and, from "maHoSo=" on, without a place to break a line. */
    static final String LONG_LINK = "https://dichvucong.soctrang.gov.vn/huong-dan/nop-ho-so-truc-tuyen-toan-trinh"
            + "?maHoSo=000.00.31.H60240615000123456789ABCDEF0123456789ABCDEF";

    @LocalServerPort
    int port;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void listShowsPublishedItemsNewestFirstInVietnamese() {
        String older = publish("Sở Thông tin và Truyền thông rà soát thủ tục hành chính quý I " + System.nanoTime(),
                "Rà soát, đơn giản hóa 12 thủ tục.", "<p>Nội dung rà soát.</p>", "");
        String newer = publish("Hướng dẫn nộp hồ sơ trực tuyến toàn trình " + System.nanoTime(),
                "Người dân không cần đến trụ sở.", "<p>Nội dung hướng dẫn.</p>", "");

        browser = Browser.open(port).go("/portal");
        List<String> titles = browser.all(By.cssSelector(".item h2 a")).stream().map(WebElement::getText).toList();
        assertThat(titles).contains(older, newer);
        assertThat(titles.indexOf(newer)).isLessThan(titles.indexOf(older));
        assertThat(browser.driver().getTitle()).isEqualTo("Cổng thông tin điện tử của Sở – Tin cải cách hành chính");
        assertThat(browser.text()).contains("Tin, bài về cải cách hành chính", "Người dân không cần đến trụ sở.", "Nhận tin qua Atom");
        browser.screenshot("portal-list");

        WebElement feed = browser.visible(withText("a", "Nhận tin qua Atom"));
        assertThat(feed.getDomAttribute("href")).isEqualTo("/portal/feed.atom");
        assertThat(browser.driver().findElement(By.cssSelector("link[rel=alternate][type='application/atom+xml']"))
                .getDomAttribute("href")).isEqualTo("/portal/feed.atom");
        ResponseEntity<String> atom = new RestClient(port, null).get("/portal/feed.atom");
        assertThat(atom.getStatusCode().value()).isEqualTo(200);
        assertThat(atom.getBody()).contains(newer, older);
    }

    @Test
    void articlePageShowsTheContentFormatted() {
        String title = "Cải cách thủ tục: nộp hồ sơ không cần đến trụ sở " + System.nanoTime();
        publish(title, "Sapo: hướng dẫn từng bước.", CONTENT, LONG_LINK);

        browser = Browser.open(port).go("/portal");
        browser.click(withText("a", title));

        assertThat(browser.visible(By.cssSelector("article h1")).getText()).isEqualTo(title);
        assertThat(browser.text()).contains("Văn phòng Sở", "Tin", "Sapo: hướng dẫn từng bước.", "Liên kết kèm theo");
        WebElement content = browser.visible(By.cssSelector("article .content"));
        // the author's <b> is kept as <strong> (article.ContentRules)
        assertThat(content.findElement(By.tagName("strong")).getText()).isEqualTo("không cần đến trụ sở");
        assertThat(content.findElements(By.tagName("li"))).hasSize(2);
        assertThat(content.findElement(By.linkText("Xem thêm")).getDomAttribute("href")).isEqualTo("https://dichvucong.soctrang.gov.vn");
        assertThat(browser.visible(withText("a", LONG_LINK)).getDomAttribute("href")).isEqualTo(LONG_LINK);
        browser.screenshot("portal-article");
    }

    @Test
    void onAPhoneNothingScrollsSideways() {
        String title = "Ứng dụng dịch vụ công trực tuyến mức độ toàn trình trên điện thoại di động " + System.nanoTime();
        String id = articlePathOf(publish(title, "Sapo ngắn.", CONTENT
                + "<table><tr><td>Thủ tục</td><td>Số hồ sơ tiếp nhận trực tuyến trong quý</td><td>Tỷ lệ đúng hạn</td>"
                + "<td>Ghi chú của đơn vị chủ trì</td></tr></table>", LONG_LINK));

        browser = Browser.phone(port).go("/portal");
        assertThat(browser.script("return window.innerWidth")).isEqualTo(390L);
        assertThat(sidewaysScroll()).as("horizontal overflow of /portal, in CSS pixels").isZero();
        browser.screenshot("portal-list-phone");

        browser.go(id);
        assertThat(browser.visible(By.cssSelector("article h1")).getText()).isEqualTo(title);
        assertThat(sidewaysScroll()).as("horizontal overflow of the article page, in CSS pixels").isZero();
        browser.screenshot("portal-article-phone");
    }

    @Test
    void unknownArticleShowsTheVietnameseNotFoundPage() {
        assertThat(new RestClient(port, null).get("/portal/articles/987654321").getStatusCode().value()).isEqualTo(404);

        browser = Browser.open(port).go("/portal/articles/987654321");
        assertThat(browser.visible(By.tagName("h2")).getText()).isEqualTo("Không tìm thấy trang hoặc tin bài này.");
        assertThat(browser.driver().getTitle()).isEqualTo("Có lỗi xảy ra");
        browser.screenshot("portal-not-found");

        browser.click(withText("a", "« Về trang tin"));
        assertThat(browser.url()).endsWith("/portal");

        browser.go("/portal/articles/khong-phai-so");
        assertThat(browser.visible(By.tagName("h2")).getText()).isEqualTo("Không tìm thấy trang hoặc tin bài này.");
    }

    @Test
    void theSearchFindsTitleAndSummaryWithOrWithoutDiacritics() {
        String mark = String.valueOf(System.nanoTime());
        String title = "Đường dây nóng tiếp nhận phản ánh, kiến nghị về thủ tục hành chính " + mark;
        publish(title, "Số điện thoại đường dây nóng của Sở: 0299.3822.222.", "<p>Nội dung.</p>", "", "T09");
        String other = publish("Kết quả Chỉ số cải cách hành chính năm 2023 " + mark, "Tỉnh tăng 5 bậc.", "<p>Nội dung.</p>", "");

        browser = Browser.open(port).go("/portal");
        assertThat(browser.text()).contains("Sở Thông tin và Truyền thông tỉnh Sóc Trăng");
        // typed without diacritics, in capitals: finds the title written with them
        browser.type(By.id("q"), "DUONG DAY NONG tiep nhan phan anh " + mark);
        browser.click(withText("button", "Tìm"));
        assertThat(browser.visible(By.cssSelector("main h2.heading")).getText())
                .isEqualTo("Kết quả tìm “DUONG DAY NONG tiep nhan phan anh " + mark + "”");
        assertThat(titlesListed()).containsExactly(title);
        assertThat(browser.text()).contains("Có 1 tin bài.");
        browser.screenshot("portal-search");

        // typed with diacritics, a word of the summary: the same item
        browser.go("/portal/tim-kiem?q=" + java.net.URLEncoder.encode("điện thoại đường dây nóng", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(titlesListed()).contains(title).doesNotContain(other);
        // a word of both titles: both, newest first
        browser.go("/portal/tim-kiem?q=" + mark);
        assertThat(titlesListed()).containsExactly(other, title);

        browser.go("/portal/tim-kiem?q=khong-co-tin-nao-" + mark);
        assertThat(browser.text()).contains("Không có tin bài nào khớp với từ cần tìm.");
        assertThat(titlesListed()).isEmpty();

        browser.close();
        browser = Browser.phone(port).go("/portal/tim-kiem?q=duong+day+nong+" + mark);
        assertThat(titlesListed()).containsExactly(title);
        assertThat(browser.visible(By.id("q")).getDomProperty("value")).isEqualTo("duong day nong " + mark);
        assertThat(sidewaysScroll()).as("horizontal overflow of the search page, in CSS pixels").isZero();
        browser.screenshot("portal-search-phone");
    }

    @Test
    void eachTopicHasItsPageListingItsItemsOnly() {
        String mark = String.valueOf(System.nanoTime());
        String hotline = publish("Đường dây nóng tiếp nhận phản ánh quý II " + mark, "Sapo.", "<p>Nội dung.</p>", "", "T09");
        String onlineServices = publish("Nộp hồ sơ trực tuyến toàn trình " + mark, "Sapo.", "<p>Nội dung.</p>", "");
        String label = "Đường dây nóng tiếp nhận phản ánh, kiến nghị về quy định hành chính";

        browser = Browser.open(port).go("/portal");
        // every topic of the plan is one click from the list, and each item names its own
        assertThat(browser.all(By.cssSelector("nav.topics li a"))).hasSize(11);
        browser.click(By.xpath("//div[@class='item'][h2/a[normalize-space()=" + Browser.literal(hotline) + "]]//a[@class='topic']"));
        assertThat(browser.url()).endsWith("/portal/chu-de/T09");
        assertThat(browser.visible(By.cssSelector("main h2.heading")).getText()).isEqualTo("Chủ đề: " + label);
        assertThat(browser.driver().getTitle()).isEqualTo("Cổng thông tin điện tử của Sở – Tin cải cách hành chính");
        assertThat(titlesListed()).contains(hotline).doesNotContain(onlineServices);
        browser.screenshot("portal-topic");

        browser.click(withText("a", "Tiện ích và hướng dẫn sử dụng dịch vụ công trực tuyến, Bộ phận một cửa"));
        assertThat(browser.url()).endsWith("/portal/chu-de/T11");
        assertThat(titlesListed()).contains(onlineServices).doesNotContain(hotline);

        browser.go("/portal/chu-de/T99");
        assertThat(browser.visible(By.tagName("h2")).getText()).isEqualTo("Không tìm thấy trang hoặc tin bài này.");
        assertThat(new RestClient(port, null).get("/portal/chu-de/T99").getStatusCode().value()).isEqualTo(404);

        browser.close();
        browser = Browser.phone(port).go("/portal/chu-de/T09");
        assertThat(titlesListed()).contains(hotline);
        assertThat(sidewaysScroll()).as("horizontal overflow of a topic page, in CSS pixels").isZero();
        browser.screenshot("portal-topic-phone");
    }

    private List<String> titlesListed() {
        browser.visible(By.tagName("main"));
        return browser.all(By.cssSelector("main .item h2 a")).stream().map(WebElement::getText).toList();
    }

    private long sidewaysScroll() {
        return (Long) browser.script("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");
    }

    /** Starts an item as vp.tacgia, approves it as bbt.bientap over REST and waits until the portal lists it. */
    private String publish(String title, String summary, String content, String links) {
        return publish(title, summary, content, links, "T11");
    }

    private String publish(String title, String summary, String content, String links, String topic) {
        RestClient author = new RestClient(port, "vp.tacgia");
        RestClient board = author.as("bbt.bientap");
        ResponseEntity<String> started = author.post("/engine-rest/process-definition/key/ArticlePublicationProcess/submit-form",
                variables("title", title, "String", "summary", summary, "String", "content", content, "String",
                        "topic", topic, "String", "kind", "NEWS", "String", "links", links, "String",
                        "channels", "[\"DEPARTMENT_PORTAL\"]", "Json"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String processInstanceId = author.json(started).get("id").asText();
        JsonNode task = board.json(board.get("/engine-rest/task?processInstanceId=" + processInstanceId
                + "&taskDefinitionKey=Task_ReviewArticle")).get(0);
        ResponseEntity<String> approved = board.post("/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                variables("reviewDecision", "APPROVE", "String"));
        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(new RestClient(port, null).get("/portal").getBody()).contains(title));
        return title;
    }

    private String articlePathOf(String title) {
        String page = new RestClient(port, null).get("/portal").getBody();
        int at = page.indexOf(title);
        int href = page.lastIndexOf("/portal/articles/", at);
        return page.substring(href, page.indexOf('"', href));
    }
}
