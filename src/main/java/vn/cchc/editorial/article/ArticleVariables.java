package vn.cchc.editorial.article;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The process variables of ArticlePublicationProcess, named once (docs/process-model.md lists them). */
public final class ArticleVariables {

    public static final String PROCESS_KEY = "ArticlePublicationProcess";

    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String CONTENT = "content";
    public static final String CONTENT_PREVIEW = "contentPreview";
    public static final String LINKS = "links";
    public static final String TOPIC = "topic";
    public static final String KIND = "kind";
    public static final String CHANNELS = "channels";
    public static final String AUTHOR = "author";
    public static final String AUTHOR_UNIT = "authorUnit";
    /** Task_ReviewArticle's own: the author by name and unit, "Nguyễn Thị Lan (Văn phòng Sở)" (ShowReviewHistory). */
    public static final String AUTHOR_PERSON = "authorPerson";
    /** Task_ReviewArticle's own: the earlier rounds and what changed since the last one, as HTML (ReviewHistory). */
    public static final String REVIEW_HISTORY = "reviewHistory";
    public static final String ARTICLE_ID = "articleId";
    public static final String ARTICLE_CODE = "articleCode";
    public static final String CHANNEL_CODES = "channelCodes";
    public static final String CHANNEL = "channel";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String REMIND_AT = "remindAt";
    public static final String ESCALATE_AT = "escalateAt";
    public static final String OFFICE = "office";
    /** The plan's Editorial Board: candidate group of Task_ReviewArticle and Task_RecordProvincialDecision. */
    public static final String EDITORIAL_BOARD = "editorialBoard";
    /** The code of the plan's one DIRECT channel (Gateway_Channel posts it), null when the plan has none. */
    public static final String DIRECT_CHANNEL = "directChannel";
    /** The name of the provincial channel one SubProcess_ProvincialChannel hands the item to (its form shows it). */
    public static final String CHANNEL_NAME = "channelName";
    public static final String INTERVENTION_NOTE = "interventionNote";
    /** The province's decision form's fields (ProvincialDecisionForm), local to SubProcess_ProvincialChannel. */
    public static final String PROVINCIAL_DECISION = "provincialDecision";
    public static final String PUBLISHED_URL = "publishedUrl";
    public static final String PUBLISHED_ON = "publishedOn";
    public static final String REFUSAL_REASON = "refusalReason";

    private ArticleVariables() {
    }

    /** The forms show what was stored: the sanitized text, not what was typed. */
    static void writeText(VariableScope scope, ArticleInput input) {
        scope.setVariable(TITLE, input.title());
        scope.setVariable(SUMMARY, input.summary());
        scope.setVariable(CONTENT, input.content());
        scope.setVariable(CONTENT_PREVIEW, ContentPreview.of(input.content()));
        scope.setVariable(LINKS, input.links());
    }

    public static long articleId(VariableScope scope) {
        return ((Number) scope.getVariable(ARTICLE_ID)).longValue();
    }
}
