package vn.cchc.editorial.article;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** Content HTML keeps its formatting, links and images; scripts, event handlers and javascript: links go. */
public final class ContentSanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.STYLES)
            .and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "hr", "br").toFactory());

    private ContentSanitizer() {
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
