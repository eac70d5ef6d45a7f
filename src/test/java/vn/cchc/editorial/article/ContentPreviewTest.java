package vn.cchc.editorial.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentPreviewTest {

    @Test
    void boldAndItalicBecomeTheTagsTheFormViewerKeeps() {
        assertThat(ContentPreview.of("<p>Chỉ số <b>PAR Index</b> và <i>SIPAS</i></p>"))
                .isEqualTo("<div><p>Chỉ số <strong>PAR Index</strong> và <em>SIPAS</em></p></div>");
    }

    @Test
    void everyWordSurvivesAnElementTheFormViewerWouldDrop() {
        String preview = ContentPreview.of("<figure><img src=\"https://soctrang.gov.vn/a.png\" alt=\"Ảnh\">"
                + "<figcaption>Chú thích ảnh</figcaption></figure><p>H<sub>2</sub>O, <u>gạch chân</u></p>");

        assertThat(preview).contains("Chú thích ảnh", "H2O", "gạch chân", "<img src=\"https://soctrang.gov.vn/a.png\" alt=\"Ảnh\">")
                .doesNotContain("<u>", "<sub>", "<figure>");
    }

    @Test
    void isOneHtmlBlockWithoutBlankLines() {
        String preview = ContentPreview.of("<p>Đoạn một</p>\n\n\n<p>Đoạn\n\nhai</p>\n");

        assertThat(preview).startsWith("<div>").endsWith("</div>").doesNotContain("\n\n");
        assertThat(preview).contains("<p>Đoạn một</p>").containsPattern("<p>Đoạn\\s+hai</p>");
    }

    @Test
    void linksOpenInANewTabAndUnsafeOnesLoseTheirAddress() {
        String preview = ContentPreview.of("<a href=\"https://soctrang.gov.vn\">Cổng</a> <a href=\"javascript:alert(1)\">xấu</a>");

        assertThat(preview).contains("<a href=\"https://soctrang.gov.vn\" target=\"_blank\" rel=\"noopener\">Cổng</a>")
                .contains("xấu").doesNotContain("javascript");
    }

    @Test
    void scriptsAndEventHandlersNeverReachTheForm() {
        String preview = ContentPreview.of("<p onclick=\"x()\">Nội dung</p><script>alert(1)</script><img src=x onerror=alert(2)>");

        assertThat(preview).contains("Nội dung").doesNotContain("script", "alert", "onclick", "onerror");
    }

    @Test
    void aPictureUploadedWithTheItemKeepsItsAddressOnThisHost() {
        assertThat(ContentPreview.of("<p><img src=\"/api/uploads/0b7c4f1e-2d3a-4c5b-8e9f-a1b2c3d4e5f6\" alt=\"Ảnh\"></p>"))
                .isEqualTo("<div><p><img src=\"/api/uploads/0b7c4f1e-2d3a-4c5b-8e9f-a1b2c3d4e5f6\" alt=\"Ảnh\"></p></div>");
    }
}
