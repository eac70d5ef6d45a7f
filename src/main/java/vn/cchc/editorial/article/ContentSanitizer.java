package vn.cchc.editorial.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Content HTML keeps what {@link ContentRules} lists (formatting, headings, lists, tables, links, images); anything
 * else goes, its text kept; scripts, event handlers and javascript: links go.
 * What is active code is also reported, so the author is told rather than having the text silently changed.
 */
public final class ContentSanitizer {

    /** {@link ContentRules}'s elements and attributes, its aliases renamed, links marked rel="nofollow". */
    private static final PolicyFactory POLICY = policy();

    /** Elements that run code or change the page around the item, never mere formatting. */
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "svg", "math", "form", "input", "button", "textarea", "select", "meta", "link", "base", "style");
    private static final Set<String> ADDRESS_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "background", "poster", "srcset", "data");
    /** An address with a scheme: anything before the first colon that is not a path, query or fragment. */
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):.*", Pattern.DOTALL);
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private ContentSanitizer() {
    }

    private static PolicyFactory policy() {
        HtmlPolicyBuilder policy = new HtmlPolicyBuilder()
                .allowUrlProtocols(ContentRules.URL_PROTOCOLS.toArray(String[]::new))
                .allowElements(ContentRules.elementNames().toArray(String[]::new))
                .requireRelNofollowOnLinks();
        for (ContentRules.Allowed allowed : ContentRules.ELEMENTS) {
            allowed.attributes().stream().filter(attribute -> !isPictureSource(allowed.element(), attribute))
                    .forEach(attribute -> policy.allowAttributes(attribute).onElements(allowed.element()));
        }
        // a picture only from this application's uploads: one whose src was not kept is dropped, alt and all
        policy.allowAttributes("src").matching(ContentRules.FILE_ADDRESS).onElements("img");
        policy.allowElements((name, attributes) -> hasSource(attributes) ? name : null, "img");
        ContentRules.ALIASES.forEach((alias, element) -> policy.allowElements((name, attributes) -> element, alias));
        return policy.toFactory();
    }

    /** The OWASP policy's attributes, names and values alternating, hold a src. */
    private static boolean hasSource(java.util.List<String> attributes) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals("src")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPictureSource(String element, String attribute) {
        return element.equals("img") && attribute.equals("src");
    }

    /** The pictures whose address is not an upload of this application ({@link ContentRules#FILE_ADDRESS}), as written. */
    public static Set<String> foreignPictures(String html) {
        Set<String> found = new LinkedHashSet<>();
        for (Element image : Jsoup.parseBodyFragment(html).select("img")) {
            String source = image.attr("src");
            if (!ContentRules.FILE_ADDRESS.matcher(source).matches()) {
                found.add(source.length() > 80 ? source.substring(0, 80) + "…" : source);
            }
        }
        return found;
    }

    /** The HTML with only {@link ContentRules}' elements and attributes, the others' text kept. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** The active code in the HTML, e.g. "<script>", "onerror", "href=javascript:"; empty when there is none. */
    public static Set<String> activeParts(String html) {
        Set<String> found = new LinkedHashSet<>();
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            String tag = element.normalName();
            if (ACTIVE_ELEMENTS.contains(tag)) {
                found.add("<" + tag + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    found.add(name);
                } else if (ADDRESS_ATTRIBUTES.contains(name) && !isSafeAddress(attribute.getValue())) {
                    found.add(name + "=" + scheme(attribute.getValue()) + ":");
                }
            }
        }
        return found;
    }

    private static boolean isSafeAddress(String value) {
        String scheme = scheme(value);
        return scheme.isEmpty() || SAFE_SCHEMES.contains(scheme);
    }

    /** Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"): so does this. */
    private static String scheme(String value) {
        String compact = value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        var matcher = SCHEME.matcher(compact);
        return matcher.matches() ? matcher.group(1) : "";
    }
}
