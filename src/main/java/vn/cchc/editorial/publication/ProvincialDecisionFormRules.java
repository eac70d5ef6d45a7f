package vn.cchc.editorial.publication;

import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.InputConstraints;
import vn.cchc.editorial.system.FormFieldRules;

import java.util.Map;

/** The provincial decision form's rules as {@link ProvincialDecisionInput} states them, for the form to check them first. */
@Component
class ProvincialDecisionFormRules implements FormFieldRules {

    @Override
    public Map<String, Rule> rules() {
        return InputConstraints.formRulesOf(ProvincialDecisionInput.class, RecordProvincialDecision.FIELDS);
    }
}
