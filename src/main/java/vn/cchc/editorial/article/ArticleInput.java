package vn.cchc.editorial.article;

import java.util.List;

/** An item's text as validated and sanitized: what is safe to store and to show. */
public record ArticleInput(String title, String summary, String content, String links,
                           Topic topic, ArticleKind kind, List<Channel> channels) {
}
