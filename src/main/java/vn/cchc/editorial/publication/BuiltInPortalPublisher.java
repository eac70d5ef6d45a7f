package vn.cchc.editorial.publication;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.Article;

/**
 * The default publisher: the item appears on this application's own /portal pages once its publication is stored; its
 * address is the page's whole address ({@link PortalAddress}), as the other publishers' are.
 */
@Component
@ConditionalOnProperty(name = "cchc.publication.department-portal-publisher", havingValue = "built-in", matchIfMissing = true)
public class BuiltInPortalPublisher implements PortalPublisher {

    private final PortalAddress portal;

    public BuiltInPortalPublisher(PortalAddress portal) {
        this.portal = portal;
    }

    @Override
    public String publish(Article article, String idempotencyKey) {
        return portal.ofArticle(article.getId());
    }
}
