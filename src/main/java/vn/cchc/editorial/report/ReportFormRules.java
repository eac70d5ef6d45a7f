package vn.cchc.editorial.report;

import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.InputConstraints;
import vn.cchc.editorial.system.FormFieldRules;

import java.util.LinkedHashMap;
import java.util.Map;

/** The report forms' rules: the monthly report's ({@link MonthlyReportInput}), the directors' comment. */
@Component
class ReportFormRules implements FormFieldRules {

    @Override
    public Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>(InputConstraints.formRulesOf(MonthlyReportInput.class, Map.of()));
        rules.put(PeriodicReportVariables.DIRECTORS_COMMENT, Rule.atMost(RecordReportDecision.COMMENT_MAX));
        return rules;
    }
}
