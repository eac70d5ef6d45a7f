package vn.cchc.editorial.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's sanitizer keeps exactly {@link ContentRules}' list (its elements with their attributes, its
 * aliases renamed), the editor is configured with the same list, and the review form shows all of it.
 * The editor's side in a browser: TasklistBrowserTest.
 */
class ContentRulesTest {

    /** Every element of the list with every attribute it keeps, nested where the element needs a parent. */
    static String everyElement() {
        return "<h2>Tiêu đề 2</h2><h3>Tiêu đề 3</h3><h4>Tiêu đề 4</h4><p>Đoạn <strong>đậm</strong> <em>nghiêng</em><br>dòng "
                + "<a href=\"https://soctrang.gov.vn/tin\">liên kết</a></p><ul><li>một</li></ul><ol><li>hai</li></ol>"
                + "<blockquote><p>trích</p></blockquote><hr><table><thead><tr><th>Cột</th></tr></thead>"
                + "<tbody><tr><td>ô</td></tr></tbody></table><p><img src=\"" + UPLOADED + "\" alt=\"ảnh\"></p>";
    }

    /** A picture uploaded with the item: the only address a picture may have. */
    static final String UPLOADED = "/api/uploads/0b7c4f1e-2d3a-4c5b-8e9f-a1b2c3d4e5f6";

    static Set<String> elementsAndAttributes(String html) {
        Set<String> found = new TreeSet<>();
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.normalName().equals("body")) continue;
            found.add(element.normalName());
            element.attributes().forEach(attribute -> found.add(element.normalName() + "@" + attribute.getKey()));
        }
        return found;
    }

    static Set<String> theList() {
        Set<String> listed = new TreeSet<>(ContentRules.elementNames());
        ContentRules.ELEMENTS.forEach(allowed -> allowed.attributes().forEach(a -> listed.add(allowed.element() + "@" + a)));
        return listed;
    }

    @Test
    void theSanitizerKeepsEveryElementAndAttributeOfTheList() {
        String html = everyElement();
        assertThat(elementsAndAttributes(html)).as("the sample has the whole list").isEqualTo(theList());
        String kept = ContentSanitizer.sanitize(html);
        Set<String> keptParts = elementsAndAttributes(kept);
        // the one thing the server adds: links are marked rel="nofollow"
        assertThat(keptParts).containsExactlyInAnyOrderElementsOf(with(theList(), "a@rel"));
        assertThat(Jsoup.parseBodyFragment(kept).text()).isEqualTo(Jsoup.parseBodyFragment(html).text());
    }

    @Test
    void theSanitizerDropsWhatIsNotListedAndKeepsItsText() {
        String pasted = "<p class=\"MsoNormal\" style=\"color:red\" align=\"center\"><span lang=\"VI\" style=\"font-size:14pt\">"
                + "Chữ <u>gạch</u> <font face=\"Arial\">phông</font></span></p><div><figure><figcaption>chú</figcaption></figure></div>"
                + "<table border=\"1\" width=\"600\"><tr><td colspan=\"2\" style=\"width:50%\">ô</td></tr></table>"
                + "<p><img src=\"https://soctrang.gov.vn/a.png\" width=\"100\" alt=\"a\"></p>";
        String kept = ContentSanitizer.sanitize(pasted);
        assertThat(theList()).containsAll(elementsAndAttributes(kept).stream().filter(p -> !p.equals("a@rel")).toList());
        assertThat(kept).doesNotContain("style", "class", "colspan", "width", "<u>", "<font", "<span", "<div", "figure");
        assertThat(Jsoup.parseBodyFragment(kept).text()).isEqualTo("Chữ gạch phông chú ô");
    }

    @Test
    void aPictureIsKeptOnlyFromThisApplicationsUploads() {
        assertThat(ContentSanitizer.sanitize("<p><img src=\"" + UPLOADED + "\" alt=\"a\"></p>"))
                .isEqualTo("<p><img src=\"" + UPLOADED + "\" alt=\"a\" /></p>");
        assertThat(ContentSanitizer.sanitize("<p><img src=\"/cchc" + UPLOADED + "\" alt=\"a\"></p>")).contains("src=\"/cchc" + UPLOADED + "\"");
        for (String foreign : new String[]{"https://soctrang.gov.vn/a.png", "//evil.example" + UPLOADED, "https://evil.example" + UPLOADED,
                "data:image/png;base64,iVBORw0KGgo=", UPLOADED + "?x=1", "/api/uploads/../portal/x"}) {
            assertThat(ContentSanitizer.sanitize("<p>x<img src=\"" + foreign + "\" alt=\"a\"></p>")).as(foreign).isEqualTo("<p>x</p>");
            assertThat(ContentSanitizer.foreignPictures("<p><img src=\"" + foreign + "\"></p>")).as(foreign).hasSize(1);
        }
        assertThat(ContentSanitizer.foreignPictures("<p><img src=\"" + UPLOADED + "\"></p>")).isEmpty();
    }

    @Test
    void aliasesAreRenamedAsTheEditorDoes() {
        assertThat(ContentSanitizer.sanitize("<h1>A</h1><p><b>b</b> <i>i</i></p><h6>c</h6>"))
                .isEqualTo("<h2>A</h2><p><strong>b</strong> <em>i</em></p><h4>c</h4>");
        assertThat(ContentRules.editorValidElements()).contains("h2/h1,", "h4/h5/h6,", "strong/b,", "em/i,");
    }

    @Test
    void theEditorIsGivenTheSameList() {
        Set<String> editor = new TreeSet<>();
        for (String rule : ContentRules.editorValidElements().split(",")) {
            String element = rule.replaceAll("[/\\[].*", "");
            editor.add(element);
            if (rule.contains("[")) {
                for (String attribute : rule.substring(rule.indexOf('[') + 1, rule.length() - 1).split("\\|")) {
                    editor.add(element + "@" + attribute);
                }
            }
        }
        assertThat(editor).isEqualTo(theList());
    }

    @Test
    void theReviewFormShowsEveryElementOfTheList() {
        String shown = ContentPreview.of(ContentSanitizer.sanitize(everyElement()));
        Set<String> elements = elementsAndAttributes(shown).stream().filter(p -> !p.contains("@")).collect(Collectors.toSet());
        assertThat(elements).containsAll(ContentRules.elementNames());
    }

    @Test
    void theHelpTextNamesEachKindOnce() {
        assertThat(ContentRules.inWords()).startsWith("Nội dung giữ: tiêu đề cấp 2, 3, 4; đoạn văn;")
                .contains("bảng", "hình ảnh", "liên kết (http, https, mailto)");
    }

    private static Set<String> with(Set<String> set, String more) {
        Set<String> all = new TreeSet<>(set);
        all.add(more);
        return all;
    }
}
