package vn.cchc.editorial.article;

import org.springframework.stereotype.Component;
import vn.cchc.editorial.system.FormFieldRules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The item's forms' rules as the server enforces them (the draft and revision forms' {@link ArticleInput}, the review
 * form's {@link ReviewInput}, the Office's note on an overdue step), for the forms to check them first; the content's
 * size and the links' count as their descriptions name them ({maxKilobytes}, {maxLinks}).
 */
@Component
class ArticleFormRules implements FormFieldRules {

    @Override
    public Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>(InputConstraints.formRulesOf(ArticleInput.class, ArticleInputValidator.FIELDS));
        InputConstraints.formRulesOf(ReviewInput.class, RecordReviewDecision.FIELDS).forEach((key, rule) -> rules.merge(key, rule, Rule::with));
        rules.merge(ArticleVariables.CONTENT, Rule.mandatory().saying("maxKilobytes", Article.CONTENT_MAX_BYTES / 1024), Rule::with);
        rules.merge(ArticleVariables.LINKS, Rule.atMost(Article.LINKS_MAX).saying("maxLinks", Article.LINK_COUNT_MAX), Rule::with);
        rules.put(ArticleVariables.INTERVENTION_NOTE, Rule.atMost(RecordIntervention.NOTE_MAX).andRequired());
        return rules;
    }
}
