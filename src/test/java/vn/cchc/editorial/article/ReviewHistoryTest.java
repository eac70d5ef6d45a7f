package vn.cchc.editorial.article;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The earlier rounds and the word-by-word difference the review form shows (ReviewHistory, RevisionDifference). */
class ReviewHistoryTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aChangedWordIsMarkedInTextAndByClassAndUnchangedParagraphsAreLeftOut() {
        String before = "Đoạn một.\nSở đã giải quyết 100 hồ sơ.\nĐoạn ba.\nĐoạn bốn.";
        String after = "Đoạn một.\nSở đã giải quyết 120 hồ sơ.\nĐoạn ba.\nĐoạn bốn.";

        assertThat(RevisionDifference.between(before, after).html()).isEqualTo(
                "<p class=\"cchc-giu\">… 1 đoạn không đổi …</p>"
                        + "<p>Sở đã giải quyết <span class=\"cchc-bo\">[− 100 −]</span><span class=\"cchc-them\">[+ 120 +]</span> hồ sơ.</p>"
                        + "<p class=\"cchc-giu\">… 2 đoạn không đổi …</p>");
    }

    @Test
    void aMarkedRunKeepsTheSpacesBetweenItAndTheWordsBesideIt() {
        // the words added end with a space, the words removed with one too: the marks never run into the next word
        assertThat(RevisionDifference.between("Có 12 thủ tục được giải quyết.", "Có 12 thủ tục mới sửa được giải quyết.").html())
                .isEqualTo("<p>Có 12 thủ tục <span class=\"cchc-them\">[+ mới sửa +]</span> được giải quyết.</p>");
        assertThat(RevisionDifference.between("Có 12 thủ tục cũ được giải quyết.", "Có 12 thủ tục được giải quyết.").html())
                .isEqualTo("<p>Có 12 thủ tục <span class=\"cchc-bo\">[− cũ −]</span> được giải quyết.</p>");
    }

    @Test
    void changesOnlyASpaceApartReadAsOneRemovalAndOneAddition() {
        assertThat(RevisionDifference.between("Có kết quả sớm hơn hẹn.", "Có kết quả trước hẹn.").html())
                .isEqualTo("<p>Có kết quả <span class=\"cchc-bo\">[− sớm hơn −]</span><span class=\"cchc-them\">[+ trước +]</span> hẹn.</p>");
    }

    @Test
    void equalTextsHaveNoDifferenceWhiteSpaceAside() {
        assertThat(RevisionDifference.between("Hai  từ", "Hai từ")).isNull();
        assertThat(RevisionDifference.between(null, "")).isNull();
    }

    @Test
    void theItemsOwnMarkupIsTextInTheDifferenceNeverMarkup() {
        String html = RevisionDifference.between("a", "a <script>alert(1)</script>").outerHtml();

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void contentIsComparedAsALinePerParagraphWithPicturesByTheirText() {
        assertThat(RevisionDifference.plainText("<h2>Tiêu đề nhỏ</h2><p>Một <b>hai</b> ba.</p><ul><li>Mục 1</li><li>Mục 2</li></ul>"
                + "<p><img src=\"https://a.example/x.png\" alt=\"Hội nghị\"></p>"))
                .isEqualTo("Tiêu đề nhỏ\nMột hai ba.\nMục 1\nMục 2\n[Ảnh: Hội nghị]");
    }

    @Test
    void aResubmittedItemShowsEachRoundAndWhatChangedSinceTheLast() {
        Instant t = Instant.parse("2024-03-04T02:15:00Z");
        Article article = Article.draft(input("Tiêu đề cũ"), "vp.tacgia", "van-phong", "pi", t);
        article.review(ReviewDecision.REVISE, "Sửa tiêu đề.\nThêm <số liệu>.", "bbt.bientap", t.plusSeconds(3600));
        article.revise(input("Tiêu đề mới"), "vp.tacgia", t.plusSeconds(7200));

        String html = ReviewHistory.of(article, id -> id.equals("bbt.bientap") ? "Huỳnh Thanh Mai (Ban Biên tập)" : id, ZONE);

        assertThat(html).isEqualTo("<div class=\"cchc-lich-su\"><h4>Các vòng duyệt trước</h4><ol><li>"
                + "<strong>Trả lại để tác giả sửa</strong> · Huỳnh Thanh Mai (Ban Biên tập) · 04/03/2024 10:15 (bản sửa lần 1)"
                + "<blockquote>Sửa tiêu đề.<br>Thêm &lt;số liệu&gt;.</blockquote></li></ol>"
                + "<h4>Tác giả đã sửa gì từ vòng trước</h4>"
                + "<p>Chữ thêm vào: [+ … +], chữ bỏ đi: [− … −]; các đoạn không đổi được lược bớt.</p>"
                + "<h5>Tiêu đề</h5><div class=\"cchc-khac-biet\"><p>Tiêu đề <span class=\"cchc-bo\">[− cũ −]</span>"
                + "<span class=\"cchc-them\">[+ mới +]</span></p></div></div>");
    }

    @Test
    void anItemsFirstRoundHasNoHistory() {
        Article article = Article.draft(input("Tiêu đề"), "vp.tacgia", "van-phong", "pi", Instant.EPOCH);

        assertThat(ReviewHistory.of(article, id -> id, ZONE)).isEmpty();
    }

    static ArticleInput input(String title) {
        return new ArticleInput(title, "Sapo.", "<p>Nội dung.</p>", "T01", "NEWS", List.of("DEPARTMENT_PORTAL"), "");
    }
}
