package vn.cchc.editorial.quota;

import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.ArticleInputValidator;
import vn.cchc.editorial.system.InvalidInputException;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.QuotaPeriod;

import java.time.LocalDate;
import java.util.List;

/** Quota periods by their id ("department-portal-monthly:2024-03"), and their names in Vietnamese. */
@Component
public class QuotaPeriods {

    private final PlanCatalog plans;

    public QuotaPeriods(PlanCatalog plans) {
        this.plans = plans;
    }

    public static String idOf(QuotaPeriod period) {
        return period.ruleId() + ":" + period.periodKey();
    }

    public Plan plan(int year) {
        return plans.forYear(year).orElseThrow(() -> new InvalidInputException(
                "Chưa có tệp kế hoạch cho năm %d: hãy nạp tệp plan-%d.yaml trước.".formatted(year, year)));
    }

    /** Whether the year has a plan file: a page links to another year only then. */
    public boolean hasPlan(int year) {
        return plans.forYear(year).isPresent();
    }

    /**
     * The plan year shown when none is asked for: {@code year} itself when it has a plan file, otherwise the
     * newest plan year before it (the plan still in force, {@link PlanCatalog#inForce}), or the first one.
     */
    public int yearInForce(int year) {
        return plans.inForce(year).year();
    }

    public QuotaPeriod find(String periodId) {
        int year = yearOf(periodId);
        return plan(year).periods().stream().filter(p -> idOf(p).equals(periodId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("Kỳ chỉ tiêu \"%s\" không có trong kế hoạch năm %d.".formatted(ArticleInputValidator.abbreviate(periodId), year)));
    }

    /** The periods of a channel whose dates contain the day, in the plan of that day's year. */
    public List<QuotaPeriod> containing(String channel, LocalDate day) {
        return plans.forYear(day.getYear()).map(p -> p.periodsContaining(channel, day)).orElse(List.of());
    }

    /** "tháng 3/2024" or "quý I/2024". */
    public static String label(QuotaPeriod period) {
        String key = period.periodKey();
        String year = key.substring(0, 4);
        String part = key.substring(5);
        if (part.startsWith("Q")) {
            return "quý " + List.of("I", "II", "III", "IV").get(Integer.parseInt(part.substring(1)) - 1) + "/" + year;
        }
        return "tháng " + Integer.parseInt(part) + "/" + year;
    }

    static int yearOf(String periodId) {
        int colon = periodId == null ? -1 : periodId.indexOf(':');
        try {
            return Integer.parseInt(periodId.substring(colon + 1, colon + 5));
        } catch (RuntimeException e) {
            throw new InvalidInputException("Mã kỳ chỉ tiêu \"%s\" không hợp lệ.".formatted(periodId == null ? "" : ArticleInputValidator.abbreviate(periodId)));
        }
    }
}
