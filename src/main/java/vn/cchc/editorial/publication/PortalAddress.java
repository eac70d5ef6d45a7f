package vn.cchc.editorial.publication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.ContentRules;

import java.util.Optional;

/**
 * Where the built-in department portal is read (docs/operations.md, "Configure"): {@code cchc.portal.public-address}
 * when set, otherwise the address people open the application at ({@code cchc.notification.base-url}), the portal
 * being its /portal pages. The built-in publisher stores an item's address from it, so "Tin bài của tôi", the e-mails
 * and the periodic reports give an address a reader can open and share; the Atom feed's links start with it.
 */
@Component
public class PortalAddress {

    /** An item's page on the built-in portal: {@code /portal/articles/<id>}. */
    public static final String ARTICLES = "/portal/articles";
    /** A published item's picture or document on the built-in portal: {@code /portal/tep/<token>}. */
    public static final String FILES = "/portal/tep";

    private final String publicAddress;
    private final String applicationAddress;

    PortalAddress(@Value("${cchc.portal.public-address:}") String publicAddress,
                  @Value("${cchc.notification.base-url}") String applicationAddress) {
        this.publicAddress = withoutTrailingSlash(publicAddress);
        this.applicationAddress = withoutTrailingSlash(applicationAddress);
    }

    /** The public address as configured, without a trailing slash; empty when none is. */
    public Optional<String> configured() {
        return publicAddress.isEmpty() ? Optional.empty() : Optional.of(publicAddress);
    }

    /** The portal's base address, e.g. {@code https://stttt.soctrang.gov.vn}, without a trailing slash. */
    public String base() {
        return configured().orElse(applicationAddress);
    }

    /** The public address of an item on the built-in portal. */
    public String ofArticle(long articleId) {
        return base() + ARTICLES + "/" + articleId;
    }

    /**
     * An address as a reader opens it: a path of this application (what the built-in publisher stored before it
     * stored whole addresses) made absolute from {@link #base()}; any other address as it is.
     */
    public String absolute(String url) {
        return url != null && url.startsWith("/") && !url.startsWith("//") ? base() + url : url;
    }

    /**
     * The content with its uploads' addresses ({@code /api/uploads/<token>}, which need a login) pointing to the
     * built-in portal's copies, {@code <start>/portal/tep/<token>}: {@code start} is the context path for the portal's
     * own pages, {@link #base()} for what leaves the application.
     */
    public static String withPortalFiles(String content, String start) {
        return ContentRules.withFilesAt(content, token -> start + FILES + "/" + token);
    }

    private static String withoutTrailingSlash(String address) {
        return address == null ? "" : address.strip().replaceAll("/+$", "");
    }
}
