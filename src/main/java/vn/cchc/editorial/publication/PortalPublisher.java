package vn.cchc.editorial.publication;

import vn.cchc.editorial.article.Article;

/**
 * Posts an approved item on the department portal. Two implementations: the built-in portal pages
 * (default) and an external portal. The idempotency key is the same on every retry of the same item.
 */
public interface PortalPublisher {

    /** Posts the item, or finds it already posted under that key, and returns its public address. */
    String publish(Article article, String idempotencyKey);
}
