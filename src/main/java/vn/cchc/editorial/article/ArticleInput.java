package vn.cchc.editorial.article;

import java.util.List;

/**
 * An item's text as validated and sanitized: what is safe to store and to show.
 *
 * @param channels the codes of the plan's channels the author chose ({@code plan.Channel#code}), in their order
 */
public record ArticleInput(String title, String summary, String content, String links,
                           Topic topic, ArticleKind kind, List<String> channels) {
}
