package vn.cchc.editorial.publication;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.Article;

/** The default publisher: the item appears on this application's own /portal pages once its publication is stored. */
@Component
@ConditionalOnProperty(name = "cchc.publication.department-portal-publisher", havingValue = "built-in", matchIfMissing = true)
public class BuiltInPortalPublisher implements PortalPublisher {

    @Override
    public String publish(Article article, String idempotencyKey) {
        return "/portal/articles/" + article.getId();
    }
}
