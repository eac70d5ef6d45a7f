package vn.cchc.editorial.article;

import org.junit.jupiter.api.Test;
import vn.cchc.editorial.system.InvalidInputException;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of an item's input, one by one, on the records themselves: no Spring context, no engine.
 * What the hostile corpus sends through HTTP, here each rule alone, with the words a person reads.
 */
class ArticleInputConstraintsTest {

    /** The channels of the shipped plan, which an item may name. */
    static final List<String> CHANNELS = List.of("DEPARTMENT_PORTAL", "PROVINCIAL_CCHC_PAGE", "PROVINCIAL_PORTAL");

    static ArticleInput input(String title, String summary, String content, String topic, String kind, String links) {
        return new ArticleInput(title, summary, content, topic, kind, List.of("DEPARTMENT_PORTAL"), links);
    }

    static ArticleInput valid() {
        return input("Tin hợp lệ", "Sapo.", "<p>Nội dung <b>tin</b>.</p>", "T11", "NEWS", "https://soctrang.gov.vn/tin");
    }

    static List<String> problems(ArticleInput input) {
        return InputConstraints.problemsOf(input);
    }

    static ArticleInput withTitle(String title) {
        ArticleInput v = valid();
        return input(title, v.summary(), v.content(), v.topicCode(), v.kindCode(), v.links());
    }

    static ArticleInput withContent(String content) {
        ArticleInput v = valid();
        return input(v.title(), v.summary(), content, v.topicCode(), v.kindCode(), v.links());
    }

    static ArticleInput withLinks(String links) {
        ArticleInput v = valid();
        return input(v.title(), v.summary(), v.content(), v.topicCode(), v.kindCode(), links);
    }

    @Test
    void aValidInputHasNoProblem() {
        assertThat(problems(valid())).isEmpty();
        assertThat(valid().topic()).isEqualTo(Topic.T11);
        assertThat(valid().kind()).isEqualTo(ArticleKind.NEWS);
    }

    @Test
    void aBlankTitleIsRefused() {
        assertThat(problems(withTitle(""))).containsExactly("Tiêu đề là bắt buộc.");
        assertThat(problems(withTitle("   "))).containsExactly("Tiêu đề là bắt buộc.");
    }

    @Test
    void aTitleLongerThanItsColumnIsRefusedWithItsLength() {
        assertThat(problems(withTitle("T".repeat(Article.TITLE_MAX)))).isEmpty();
        assertThat(problems(withTitle("T".repeat(Article.TITLE_MAX + 1))))
                .containsExactly("Tiêu đề dài 251 ký tự, vượt quá giới hạn 250 ký tự.");
    }

    @Test
    void aTitleIsMeasuredComposedAsInputTextReadsIt() {
        String decomposed = Normalizer.normalize("ệ".repeat(Article.TITLE_MAX), Normalizer.Form.NFD);
        assertThat(decomposed.length()).isGreaterThan(Article.TITLE_MAX);
        assertThat(problems(withTitle(InputText.of(decomposed)))).isEmpty();
        assertThat(problems(withTitle(InputText.of(decomposed + "e\u0302\u0323"))))
                .containsExactly("Tiêu đề dài 251 ký tự, vượt quá giới hạn 250 ký tự.");
    }

    @Test
    void aSummaryLongerThanItsColumnIsRefused() {
        ArticleInput v = valid();
        assertThat(problems(input(v.title(), "S".repeat(Article.SUMMARY_MAX + 1), v.content(), "T11", "NEWS", "")))
                .containsExactly("Sapo dài 1001 ký tự, vượt quá giới hạn 1000 ký tự.");
    }

    @Test
    void controlCharactersInTheTitleOrTheSummaryAreRefusedOnce() {
        ArticleInput v = valid();
        assertThat(problems(withTitle("Tin\u0000 có NUL"))).containsExactly("Tiêu đề và sapo không được chứa ký tự điều khiển.");
        assertThat(problems(input("Tin\u001b", "Sapo\u0085", v.content(), "T11", "NEWS", "")))
                .containsExactly("Tiêu đề và sapo không được chứa ký tự điều khiển.");
        assertThat(problems(input(v.title(), "Dòng một\nDòng hai\tvà tab\r\n", v.content(), "T11", "NEWS", ""))).isEmpty();
    }

    @Test
    void contentIsRequired() {
        assertThat(problems(withContent(""))).containsExactly("Nội dung là bắt buộc.");
    }

    @Test
    void contentIsLimitedInBytesOfUtf8NotInCharacters() {
        // "ệ" is three bytes: 70,000 of them are 210,000 bytes, over 200 KB though far fewer characters
        assertThat(problems(withContent("<p>" + "ệ".repeat(70_000) + "</p>"))).containsExactly("Nội dung vượt quá giới hạn 200 KB.");
        assertThat(problems(withContent("<p>" + "e".repeat(Article.CONTENT_MAX_BYTES - 7) + "</p>"))).isEmpty();
        assertThat(problems(withContent("<p>" + "e".repeat(Article.CONTENT_MAX_BYTES - 6) + "</p>")))
                .containsExactly("Nội dung vượt quá giới hạn 200 KB.");
    }

    @Test
    void activeCodeInTheContentIsNamed() {
        assertThat(problems(withContent("<p>Tin</p><script>alert(1)</script><img src=x onerror=alert(1)>")))
                .containsExactly("Nội dung chứa mã không an toàn (<script>, onerror): hãy bỏ các thẻ script, thuộc tính sự kiện "
                        + "(onclick, onerror…) và liên kết không bắt đầu bằng http://, https:// rồi gửi lại.");
        assertThat(problems(withContent("<a href=\"java\tscript:alert(1)\">x</a>"))).singleElement().asString()
                .startsWith("Nội dung chứa mã không an toàn (href=javascript:)");
    }

    @Test
    void contentWithNothingLeftOnceSanitizedIsRefused() {
        assertThat(problems(withContent("<blink></blink>")))
                .containsExactly("Nội dung không còn gì sau khi loại bỏ mã không an toàn.");
    }

    @Test
    void missingAndUnknownTopicsAndKindsAreRefused() {
        ArticleInput v = valid();
        assertThat(problems(input(v.title(), "", v.content(), "", "", ""))).containsExactly("Phải chọn chủ đề.", "Phải chọn loại tin bài.");
        assertThat(problems(input(v.title(), "", v.content(), "T12' or 1=1 --", "EDITORIAL", ""))).containsExactly(
                "Chủ đề \"T12' or 1=1 --\" không có trong danh mục 11 chủ đề của Kế hoạch.",
                "Loại tin bài \"EDITORIAL\" không hợp lệ (chỉ nhận: tin, bài viết, phóng sự, video).");
        assertThat(input(v.title(), "", v.content(), "t03", "video", "")).satisfies(i -> {
            assertThat(problems(i)).isEmpty();
            assertThat(i.topic()).isEqualTo(Topic.T03);
            assertThat(i.kind()).isEqualTo(ArticleKind.VIDEO);
        });
    }

    @Test
    void linksAreHttpOrHttpsAddressesEachNamedInTheOrderGiven() {
        assertThat(problems(withLinks("javascript:alert(1)\nhttps://soctrang.gov.vn\n/tuong-doi\nftp://x.vn/a")))
                .containsExactly(
                        "Liên kết \"javascript:alert(1)\" không hợp lệ: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://.",
                        "Liên kết \"/tuong-doi\" không hợp lệ: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://.",
                        "Liên kết \"ftp://x.vn/a\" không hợp lệ: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://.");
    }

    @Test
    void aLinkLongerThanAnAddressMayBeIsRefusedWithItsLength() {
        String link = "https://soctrang.gov.vn/" + "a".repeat(Article.ADDRESS_MAX - 23);
        assertThat(problems(withLinks(link))).containsExactly(
                "Liên kết \"https://soctrang.gov.vn/aaaaaaaaaaaaaaaa…\" dài 1001 ký tự, vượt quá giới hạn 1000 ký tự.");
    }

    @Test
    void atMostTenLinks() {
        String link = "https://soctrang.gov.vn/tin\n";
        assertThat(problems(withLinks(link.repeat(Article.LINK_COUNT_MAX)))).isEmpty();
        assertThat(problems(withLinks(link.repeat(Article.LINK_COUNT_MAX + 1)))).containsExactly("Chỉ được kèm tối đa 10 liên kết.");
    }

    @Test
    void theLinksTogetherFitTheirColumn() {
        String link = "https://soctrang.gov.vn/" + "a".repeat(457);
        assertThat(problems(withLinks(String.join("\n", java.util.Collections.nCopies(10, link)))))
                .containsExactly("Danh sách liên kết dài 4819 ký tự, vượt quá giới hạn 4000 ký tự.");
    }

    @Test
    void whatAPersonTypesIsNeverInterpolated() {
        assertThat(problems(withLinks("${1+1}\n{cchc.field.title}\n#{2*2}"))).containsExactly(
                "Liên kết \"${1+1}\" không hợp lệ: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://.",
                "Liên kết \"{cchc.field.title}\" không hợp lệ: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://.",
                "Liên kết \"#{2*2}\" không hợp lệ: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://.");
    }

    @Test
    void everyProblemIsNamedInTheOrderOfTheFields() {
        assertThat(problems(input("", "S".repeat(1001), "", "X", "Y", "mailto:a@b.vn"))).containsExactly(
                "Tiêu đề là bắt buộc.",
                "Sapo dài 1001 ký tự, vượt quá giới hạn 1000 ký tự.",
                "Nội dung là bắt buộc.",
                "Chủ đề \"X\" không có trong danh mục 11 chủ đề của Kế hoạch.",
                "Loại tin bài \"Y\" không hợp lệ (chỉ nhận: tin, bài viết, phóng sự, video).",
                "Liên kết \"mailto:a@b.vn\" không hợp lệ: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://.");
    }

    @Test
    void theFormsVariablesAreReadCheckedAndSanitized() {
        Map<String, Object> variables = new HashMap<>(Map.of("title", " Tin  ", "content", "<p>Tin <u>này</u></p><blink>x</blink>",
                "topic", "T01", "kind", "NEWS", "channels", "[\"DEPARTMENT_PORTAL\", \"PROVINCIAL_PORTAL\"]",
                "links", "\n https://soctrang.gov.vn \n\n"));
        ArticleInput input = ArticleInputValidator.validate(variables, CHANNELS);
        assertThat(input.title()).isEqualTo("Tin");
        assertThat(input.summary()).isEmpty();
        assertThat(input.content()).doesNotContain("blink");
        assertThat(input.links()).isEqualTo("https://soctrang.gov.vn");
        assertThat(input.channels()).containsExactly("DEPARTMENT_PORTAL", "PROVINCIAL_PORTAL");
    }

    @Test
    void theChannelsProblemsComeWithTheRecordsOnes() {
        assertThatThrownBy(() -> ArticleInputValidator.validate(Map.of("content", "<p>x</p>", "topic", "T01", "kind", "NEWS",
                "channels", "[\"ZALO\"]"), CHANNELS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .containsExactly("Tiêu đề là bắt buộc.", "Kênh đăng \"ZALO\" không tồn tại."));
        assertThatThrownBy(() -> ArticleInputValidator.validate(Map.of("title", "Tin", "content", "<p>x</p>", "topic", "T01", "kind", "NEWS"), CHANNELS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .containsExactly("Phải chọn ít nhất một kênh đăng."));
    }
}
