package vn.cchc.editorial.quota;

import org.springframework.stereotype.Component;
import vn.cchc.editorial.system.FormFieldRules;

import java.util.Map;

/** What the Office writes of a missed quota or an overdue report (actionTaken): required, at most its column. */
@Component
class QuotaFormRules implements FormFieldRules {

    @Override
    public Map<String, Rule> rules() {
        return Map.of(PlanVariables.ACTION_TAKEN, Rule.atMost(RecordMissedQuotaAction.ACTION_MAX).andRequired());
    }
}
