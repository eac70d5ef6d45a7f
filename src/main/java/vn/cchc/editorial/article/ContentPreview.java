package vn.cchc.editorial.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The stored (already sanitized) content as the review form can show it. Camunda Forms escapes a
 * variable in an html component, so the form shows it through a text component, whose Markdown
 * renderer passes HTML through and whose own sanitizer keeps only a short list of tags, removing any
 * other element together with its text. This rewrites the content into that list (b to strong, i to
 * em; other elements give way to their text) so the Board reads every word, and puts it in one HTML
 * block without blank lines so no Markdown rule touches it.
 */
public final class ContentPreview {

    /** The tags the form viewer bundled with Camunda 7.24 keeps in a text component. */
    private static final Safelist FORM_VIEWER_TAGS = new Safelist()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "span", "em", "a", "p", "div", "ul", "ol", "li", "hr",
                    "blockquote", "img", "pre", "code", "br", "strong", "table", "thead", "tbody", "tr", "th", "td")
            .addAttributes("a", "href", "target", "rel")
            .addAttributes("img", "src", "alt")
            .addAttributes("td", "align")
            .addAttributes("th", "align")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https")
            // a picture or document uploaded with the item has an address on this host (/api/uploads/…), kept as is
            .preserveRelativeLinks(true);
    /** Only to tell a relative address from an absolute one: nothing is resolved against it. */
    private static final String ANY_HOST = "https://cchc.invalid/";

    private ContentPreview() {
    }

    public static String of(String content) {
        Document document = Jsoup.parseBodyFragment(content == null ? "" : content);
        document.select("b").tagName("strong");
        document.select("i").tagName("em");
        document.select("figure").tagName("div");
        document.select("figcaption, caption").tagName("p");
        document.select("a[href]").attr("target", "_blank").attr("rel", "noopener");
        Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);
        String kept = Jsoup.clean(document.body().html(), ANY_HOST, FORM_VIEWER_TAGS, compact);
        return "<div>" + kept.replaceAll("\\s*\\R\\s*", "\n").strip() + "</div>";
    }
}
