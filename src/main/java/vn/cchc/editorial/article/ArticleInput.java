package vn.cchc.editorial.article;

import jakarta.validation.constraints.NotBlank;

import java.util.List;

/**
 * An item's text as the start form or the revision form gives it, read through {@link InputText#of}, and
 * the rules it must meet (checked by {@link InputConstraints}; messages in ValidationMessages.properties).
 * {@link ArticleInputValidator#validate} gives it only valid, with its content sanitized: what is safe to
 * store and to show. The limits are the columns' own ({@link Article}).
 *
 * @param links     the links, one per line, stripped, without blank lines
 * @param topicCode a {@link Topic}'s code, in any letter case
 * @param kindCode  an {@link ArticleKind}'s code, in any letter case
 * @param channels  the codes of the plan's channels chosen ({@code plan.Channel#code}), in their order, checked
 *                  against the plan where they are read ({@link ArticleInputValidator})
 */
public record ArticleInput(
        @NotBlank(message = "{cchc.article.title.required}")
        @TextLength(max = Article.TITLE_MAX, message = "{cchc.field.title} {cchc.text.tooLong}")
        @NoControlCharacters
        String title,
        @TextLength(max = Article.SUMMARY_MAX, message = "{cchc.field.summary} {cchc.text.tooLong}")
        @NoControlCharacters
        String summary,
        @NotBlank(message = "{cchc.article.content.required}")
        @Utf8Size(max = Article.CONTENT_MAX_BYTES, message = "{cchc.article.content.tooLarge}")
        @SafeHtml
        String content,
        @NotBlank(message = "{cchc.article.topic.required}")
        @EnumCode(value = Topic.class, message = "{cchc.article.topic.unknown}")
        String topicCode,
        @NotBlank(message = "{cchc.article.kind.required}")
        @EnumCode(value = ArticleKind.class, message = "{cchc.article.kind.unknown}")
        String kindCode,
        List<String> channels,
        @WebLinks
        @TextLength(max = Article.LINKS_MAX, message = "{cchc.field.links} {cchc.text.tooLong}")
        String links) {

    /** The topic its code names; null while the code is not valid. */
    public Topic topic() {
        return InputText.code(Topic.class, topicCode).orElse(null);
    }

    /** The kind its code names; null while the code is not valid. */
    public ArticleKind kind() {
        return InputText.code(ArticleKind.class, kindCode).orElse(null);
    }

    /** The same input with other content: the sanitized one. */
    ArticleInput withContent(String content) {
        return new ArticleInput(title, summary, content, topicCode, kindCode, channels, links);
    }
}
