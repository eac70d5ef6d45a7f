package vn.cchc.editorial.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;
import vn.cchc.editorial.AsDemoUsers;
import vn.cchc.editorial.Items;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.RestClient.variables;

/**
 * The files uploaded with an item, end to end through /api/uploads and the item's forms: each bad file refused with
 * its status and Vietnamese message and nothing stored; pictures re-encoded (no metadata, a script in it included,
 * scaled to the configured width); the item's permissions (its unit and the Board read, another unit's author and a
 * visitor do not; the portal serves only a published item's files); removed with a rejected item after the plan's days.
 */
class ItemFilesApiTest extends AsDemoUsers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UPLOADS = "/api/uploads";

    @Autowired
    ItemFileRepository files;
    @Autowired
    ItemFilesCleanUp cleanUp;

    // ---- bad input: refused with its message, nothing stored

    @Test
    void aFileWhoseContentIsNotWhatItsNameSaysIsRefused() {
        refused("vp.tacgia", "anh-hoi-nghi.png", UploadFixtures.pdf(""), 400,
                "Tên tệp “anh-hoi-nghi.png” cho biết đây là ảnh PNG nhưng nội dung tệp lại là tệp PDF");
        refused("vp.tacgia", "bao-cao.pdf", UploadFixtures.png(10, 10), 400,
                "Tên tệp “bao-cao.pdf” cho biết đây là tệp PDF nhưng nội dung tệp lại là ảnh PNG");
        refused("vp.tacgia", "bang-so-lieu.xlsx", UploadFixtures.docx(), 400,
                "Tên tệp “bang-so-lieu.xlsx” cho biết đây là bảng tính Excel (.xlsx) nhưng nội dung tệp lại là văn bản Word (.docx)");
        refused("vp.tacgia", "chuong-trinh.exe", new byte[]{'M', 'Z', 0, 0}, 400,
                "Tệp “chuong-trinh.exe” không được nhận: chỉ nhận ảnh JPEG, PNG, WebP và tệp PDF, DOCX, XLSX.");
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        byte[] nineMegabytes = new byte[9 * 1024 * 1024];
        refused("vp.tacgia", "anh-lon.jpg", nineMegabytes, 413, "Tệp “anh-lon.jpg” quá lớn (9,0 MB): ảnh tối đa 8 MB.");
        byte[] elevenMegabytes = new byte[11 * 1024 * 1024];
        refused("vp.tacgia", "ke-hoach.pdf", elevenMegabytes, 413, "Tệp “ke-hoach.pdf” quá lớn (11,0 MB): tệp đính kèm tối đa 10 MB.");
    }

    @Test
    void anImageBombIsRefusedBeforeItsPixelsAreDecoded() {
        byte[] bomb = UploadFixtures.pngBomb();
        assertThat(bomb.length).isLessThan(200);
        refused("vp.tacgia", "bom.png", bomb, 400,
                "Ảnh “bom.png” khai kích thước 100000 × 100000 điểm ảnh, vượt quá 50 triệu điểm ảnh được nhận");
    }

    @Test
    void aDocumentWithMacrosIsRefused() {
        byte[] withVbaProject = UploadFixtures.ooxml(UploadFixtures.WORD_MAIN, "word/document.xml",
                Map.of("word/vbaProject.bin", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}));
        refused("vp.tacgia", "ke-hoach.docx", withVbaProject, 400, "Tệp “ke-hoach.docx” có macro (mã lệnh VBA)");
        byte[] docmRenamed = UploadFixtures.ooxml(UploadFixtures.WORD_MACRO_MAIN, "word/document.xml", Map.of());
        refused("vp.tacgia", "bao-cao-quy.docx", docmRenamed, 400, "Tệp “bao-cao-quy.docx” có macro (mã lệnh VBA)");
        byte[] withActiveX = UploadFixtures.ooxml(UploadFixtures.EXCEL_MAIN, "xl/workbook.xml",
                Map.of("xl/activeX/activeX1.xml", "<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\"/>"
                        .getBytes(StandardCharsets.UTF_8)));
        refused("vp.tacgia", "so-lieu.xlsx", withActiveX, 400, "Tệp “so-lieu.xlsx” có macro (mã lệnh VBA) hoặc điều khiển ActiveX");
    }

    @Test
    void everyRefusalOfAnUploadNamesTheFilePicked() {
        String picked = "Báo cáo tháng 10 (bản cuối).";
        Map<String, byte[]> refusals = new java.util.LinkedHashMap<>();
        refusals.put(picked + "png", UploadFixtures.pdf(""));
        refusals.put(picked + "jpg", new byte[9 * 1024 * 1024]);
        refusals.put(picked + "PNG", UploadFixtures.pngBomb());
        refusals.put(picked + "webp", UploadFixtures.broken(UploadFixtures.WEBP));
        refusals.put(picked + "docx", UploadFixtures.ooxml(UploadFixtures.WORD_MACRO_MAIN, "word/document.xml", Map.of()));
        refusals.put(picked + "pdf", UploadFixtures.pdf("/OpenAction << /S /Launch /F (cmd.exe) >>"));
        refusals.put(picked + "exe", new byte[]{'M', 'Z', 0, 0});
        refusals.put(picked + "xlsx", new byte[0]);
        refusals.forEach((name, bytes) -> {
            ResponseEntity<byte[]> answer = upload("vp.tacgia", name, bytes);
            assertThat(answer.getStatusCode().value()).as(name).isBetween(400, 413);
            assertThat(message(answer)).as(name).contains("“" + name + "”");
        });
    }

    @Test
    void aPdfWithJavaScriptIsRefused() {
        refused("vp.tacgia", "thong-bao.pdf", UploadFixtures.pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), 400,
                "Tệp PDF “thong-bao.pdf” có mã JavaScript hoặc lệnh chạy chương trình (/JavaScript)");
        refused("vp.tacgia", "nen.pdf", UploadFixtures.pdfWithCompressedScript(), 400,
                "Tệp PDF “nen.pdf” có mã JavaScript hoặc lệnh chạy chương trình");
    }

    @Test
    void aPictureWithAScriptInItsMetadataIsStoredReEncodedWithoutIt() throws IOException {
        for (Map.Entry<String, byte[]> sent : Map.of("hoi-nghi.jpg", UploadFixtures.jpegWithScriptInMetadata(),
                "so-do.png", UploadFixtures.pngWithScriptInMetadata()).entrySet()) {
            assertThat(contains(sent.getValue(), UploadFixtures.SCRIPT)).isTrue();
            JsonNode uploaded = uploaded("vp.tacgia", sent.getKey(), sent.getValue());
            byte[] stored = files.findByToken(uploaded.get("token").asText()).orElseThrow().getData();
            assertThat(contains(stored, "<script")).as(sent.getKey()).isFalse();
            assertThat(contains(stored, "GPSLatitude")).as(sent.getKey()).isFalse();
            assertThat(ImageIO.read(new ByteArrayInputStream(stored))).as(sent.getKey()).isNotNull();
        }
    }

    @Test
    void aWidePictureIsScaledAndAWebPBecomesAJpeg() throws IOException {
        JsonNode wide = uploaded("vp.tacgia", "toan-canh.jpeg", UploadFixtures.jpeg(2400, 1200));
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(files.findByToken(wide.get("token").asText()).orElseThrow().getData()));
        assertThat(stored.getWidth()).isEqualTo(1600);
        assertThat(stored.getHeight()).isEqualTo(800);
        assertThat(wide.get("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(wide.get("name").asText()).isEqualTo("toan-canh.jpg");

        JsonNode webp = uploaded("vp.tacgia", "anh.webp", UploadFixtures.WEBP);
        assertThat(webp.get("kind").asText()).isEqualTo("PICTURE");
        assertThat(webp.get("contentType").asText()).isIn("image/jpeg", "image/png");
        assertThat(webp.get("location").asText()).matches("/api/uploads/[0-9a-f-]{36}");
    }

    @Test
    void aPasteWithRemoteOrDataPicturesIsRefusedAndNothingStored() {
        long items = articles.count();
        String foreign = "Nội dung có hình ảnh không được tải lên máy chủ của Sở (";
        Map<String, String> refusals = Map.of("https://anh.example.com/hoi-nghi.jpg", foreign,
                "//anh.example.com/api/uploads/00000000-0000-0000-0000-000000000000", foreign,
                // a data: address is refused as any address of that scheme is
                "data:image/png;base64,iVBORw0KGgo=", "Nội dung chứa mã không an toàn (src=data:)");
        refusals.forEach((picture, message) -> {
            ResponseEntity<String> answer = start("<p>Tin</p><p><img src=\"" + picture + "\" alt=\"ảnh\"></p>");
            assertThat(answer.getStatusCode().value()).as(picture).isEqualTo(400);
            assertThat(author.json(answer).get("message").asText()).as(picture).startsWith(message);
        });
        ResponseEntity<String> scripts = start("<p onclick=\"x()\">Tin <a href=\"javascript:alert(1)\">xem</a></p><script>alert(1)</script>");
        assertThat(scripts.getStatusCode().value()).isEqualTo(400);
        assertThat(author.json(scripts).get("message").asText()).contains("Nội dung chứa mã không an toàn", "<script>", "onclick",
                "href=javascript:");
        assertThat(articles.count()).isEqualTo(items);
    }

    // ---- permissions

    @Test
    void onlyAuthorsUploadAndAnUnsentUploadIsItsOwnersOnly() {
        refused("bbt.bientap", "anh.png", UploadFixtures.png(10, 10), 403,
                "Chỉ người soạn tin của các phòng, đơn vị mới tải ảnh hoặc tệp lên cùng tin bài.");
        JsonNode mine = uploaded("vp.tacgia", "anh.png", UploadFixtures.png(10, 10));
        String address = mine.get("location").asText();

        assertThat(get("vp.tacgia", address).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<byte[]> other = get("cds.tacgia", address);
        assertThat(other.getStatusCode().value()).isEqualTo(403);
        assertThat(message(other)).isEqualTo(ItemFiles.NOT_YOURS);
        assertThat(get("bbt.bientap", address).getStatusCode().value()).isEqualTo(403);
        assertThat(get(null, address).getStatusCode().value()).isEqualTo(401);
        ResponseEntity<byte[]> unknown = get("vp.tacgia", UPLOADS + "/00000000-0000-0000-0000-000000000000");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(message(unknown)).isEqualTo(ItemFiles.NOT_FOUND);

        assertThat(exchange("cds.tacgia", HttpMethod.DELETE, address, null).getStatusCode().value()).isEqualTo(403);
        assertThat(exchange("vp.tacgia", HttpMethod.DELETE, address, null).getStatusCode().value()).isEqualTo(204);
        assertThat(files.findByToken(mine.get("token").asText())).isEmpty();
    }

    @Test
    void anItemsFilesAreReadByItsUnitAndTheBoardAndOnThePortalOnceItIsPublished() {
        JsonNode picture = uploaded("vp.tacgia", "hoi-nghi.png", UploadFixtures.png(20, 20));
        JsonNode document = uploaded("vp.tacgia", "ke-hoach.docx", UploadFixtures.docx());
        String pictureAt = picture.get("location").asText();
        String documentAt = document.get("location").asText();
        ResponseEntity<String> started = start("<p>Hội nghị.</p><p><img src=\"" + pictureAt + "\" alt=\"Hội nghị\"></p>"
                + "<p><a href=\"" + documentAt + "\">Kế hoạch</a></p>");
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String processInstanceId = author.json(started).get("id").asText();
        Article article = articles.findByProcessInstanceId(processInstanceId).orElseThrow();
        assertThat(files.findByToken(picture.get("token").asText()).orElseThrow().getArticleId()).isEqualTo(article.getId());

        ResponseEntity<byte[]> read = get("bbt.bientap", pictureAt);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(MediaType.IMAGE_PNG.equalsTypeAndSubtype(read.getHeaders().getContentType())).isTrue();
        assertThat(read.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(get("vp.theodoi", pictureAt).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<byte[]> docAnswer = get("bbt.bientap", documentAt);
        assertThat(docAnswer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;").contains("ke-hoach.docx");
        assertThat(docAnswer.getHeaders().getContentType().toString())
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(get("cds.tacgia", pictureAt).getStatusCode().value()).isEqualTo(403);
        // sent: no longer the author's to remove while the Board holds it
        ResponseEntity<byte[]> removal = exchange("vp.tacgia", HttpMethod.DELETE, pictureAt, null);
        assertThat(removal.getStatusCode().value()).isEqualTo(403);
        assertThat(message(removal)).isEqualTo(ItemFiles.NOT_EDITABLE);

        String onPortal = "/portal/tep/" + picture.get("token").asText();
        assertThat(get(null, onPortal).getStatusCode().value()).isEqualTo(404);
        Items.approve(board, processInstanceId);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> publications.findPostedByDepartment(article.getId()).isPresent());
        ResponseEntity<byte[]> published = get(null, onPortal);
        assertThat(published.getStatusCode().value()).isEqualTo(200);
        assertThat(published.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo(MediaType.IMAGE_PNG_VALUE);
        assertThat(published.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        ResponseEntity<byte[]> documentOnPortal = get(null, "/portal/tep/" + document.get("token").asText());
        assertThat(documentOnPortal.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(documentOnPortal.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
        String page = new String(get(null, "/portal/articles/" + article.getId()).getBody(), StandardCharsets.UTF_8);
        assertThat(page).contains("src=\"" + onPortal + "\"").doesNotContain(UPLOADS);
        // the feed's readers fetch the pictures from elsewhere, anonymously: the portal's copies by their whole address
        String feed = new String(get(null, "/portal/feed.atom").getBody(), StandardCharsets.UTF_8);
        assertThat(feed).contains("src=\"" + vn.cchc.editorial.ApplicationTest.PUBLIC_ADDRESS.replaceAll("/$", "") + onPortal + "\"")
                .doesNotContain(UPLOADS);
    }

    @Test
    void aRevisionTakesItsNewPicturesAndTheUnitRemovesTheItemsFilesOnlyWhileItIsBackWithThem() {
        JsonNode first = uploaded("vp.tacgia", "lan-1.png", UploadFixtures.png(20, 20));
        String firstAt = first.get("location").asText();
        String processInstanceId = author.json(start("<p>Tin.</p><p><img src=\"" + firstAt + "\" alt=\"1\"></p>")).get("id").asText();
        Long articleId = articles.findByProcessInstanceId(processInstanceId).orElseThrow().getId();
        Items.decide(board, Items.taskOf(board, processInstanceId, "Task_ReviewArticle"), "REVISE", "Thay ảnh rõ hơn.");

        // back with the unit: a colleague may remove the item's file, and upload another for the revision
        assertThat(exchange("bbt.bientap", HttpMethod.DELETE, firstAt, null).getStatusCode().value()).isEqualTo(403);
        assertThat(exchange("ttbcxb.tacgia", HttpMethod.DELETE, firstAt, null).getStatusCode().value()).isEqualTo(403);
        assertThat(exchange("vp.tacgia", HttpMethod.DELETE, firstAt, null).getStatusCode().value()).isEqualTo(204);
        JsonNode second = uploaded("vp.tacgia", "lan-2.png", UploadFixtures.png(30, 30));
        ResponseEntity<String> revised = author.post("/engine-rest/task/" + Items.taskOf(author, processInstanceId, "Task_ReviseArticle")
                + "/submit-form", variables("title", "Tin có ảnh đã sửa", "String", "summary", "Sapo.", "String",
                "content", "<p>Tin.</p><p><img src=\"" + second.get("location").asText() + "\" alt=\"2\"></p>", "String",
                "links", "", "String"));
        assertThat(revised.getStatusCode().value()).as(revised.getBody()).isEqualTo(204);
        assertThat(files.findByToken(second.get("token").asText()).orElseThrow().getArticleId()).isEqualTo(articleId);
        assertThat(files.countByArticleId(articleId)).isEqualTo(1);
        assertThat(get("bbt.bientap", second.get("location").asText()).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anotherPersonsUploadCannotBeSentWithAnItem() {
        JsonNode theirs = uploaded("cds.tacgia", "anh.png", UploadFixtures.png(10, 10));
        long items = articles.count();
        ResponseEntity<String> started = start("<p>Tin</p><p><img src=\"" + theirs.get("location").asText() + "\" alt=\"ảnh\"></p>");
        assertThat(started.getStatusCode().value()).isEqualTo(400);
        assertThat(author.json(started).get("message").asText()).startsWith("Nội dung có ảnh hoặc tệp “anh.png” của người hoặc tin bài khác");
        assertThat(articles.count()).isEqualTo(items);
        assertThat(files.findByToken(theirs.get("token").asText()).orElseThrow().isUnattached()).isTrue();
    }

    @Test
    void aRejectedItemsFilesGoAfterThePlansDaysAndUnsentUploadsAfterADay() {
        JsonNode picture = uploaded("vp.tacgia", "hoi-nghi.png", UploadFixtures.png(20, 20));
        JsonNode unsent = uploaded("vp.tacgia", "nhap.png", UploadFixtures.png(20, 20));
        String processInstanceId = author.json(start("<p>Tin.</p><p><img src=\"" + picture.get("location").asText()
                + "\" alt=\"ảnh\"></p>")).get("id").asText();
        Items.decide(board, Items.taskOf(board, processInstanceId, "Task_ReviewArticle"), "REJECT", "Không thuộc chủ đề CCHC.");
        Article rejected = articles.findByProcessInstanceId(processInstanceId).orElseThrow();

        cleanUp.cleanUp(rejected.getUpdatedAt().plus(Duration.ofDays(89)));
        assertThat(files.countByArticleId(rejected.getId())).isEqualTo(1);
        cleanUp.cleanUp(rejected.getUpdatedAt().plus(Duration.ofDays(90)));
        assertThat(files.countByArticleId(rejected.getId())).isZero();
        assertThat(articles.findById(rejected.getId())).isPresent();
        assertThat(files.findByToken(unsent.get("token").asText())).isEmpty();
    }

    // ---- helpers

    private void refused(String user, String name, byte[] bytes, int status, String message) {
        long before = files.count();
        ResponseEntity<byte[]> answer = upload(user, name, bytes);
        assertThat(answer.getStatusCode().value()).as(name).isEqualTo(status);
        assertThat(message(answer)).as(name).startsWith(message);
        assertThat(files.count()).as("nothing stored for " + name).isEqualTo(before);
    }

    private JsonNode uploaded(String user, String name, byte[] bytes) {
        ResponseEntity<byte[]> answer = upload(user, name, bytes);
        assertThat(answer.getStatusCode().value()).as(new String(answer.getBody(), StandardCharsets.UTF_8)).isEqualTo(201);
        return json(answer);
    }

    private ResponseEntity<String> start(String content) {
        return author.post(Items.START, variables("title", "Tin có ảnh " + System.nanoTime(), "String",
                "summary", "Sapo.", "String", "content", content, "String", "topic", "T11", "String",
                "kind", "NEWS", "String", "channels", "[\"DEPARTMENT_PORTAL\"]", "Json"));
    }

    private ResponseEntity<byte[]> upload(String user, String name, byte[] bytes) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return exchange(user, HttpMethod.POST, UPLOADS, new HttpEntity<>(form, headers));
    }

    private ResponseEntity<byte[]> get(String user, String path) {
        return exchange(user, HttpMethod.GET, path, null);
    }

    private ResponseEntity<byte[]> exchange(String user, HttpMethod method, String path, HttpEntity<?> body) {
        RestTemplate rest = new RestTemplate();
        rest.setErrorHandler(new DefaultResponseErrorHandler() {
            @Override
            public boolean hasError(org.springframework.http.client.ClientHttpResponse response) {
                return false;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        if (body != null) {
            headers.putAll(body.getHeaders());
        }
        if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        return rest.exchange("http://localhost:" + port + path, method,
                new HttpEntity<>(body == null ? null : body.getBody(), headers), byte[].class);
    }

    private static JsonNode json(ResponseEntity<byte[]> answer) {
        try {
            return JSON.readTree(answer.getBody());
        } catch (IOException e) {
            throw new AssertionError(Arrays.toString(answer.getBody()), e);
        }
    }

    private static String message(ResponseEntity<byte[]> answer) {
        return json(answer).get("message").asText();
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
