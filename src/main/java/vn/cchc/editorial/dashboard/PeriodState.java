package vn.cchc.editorial.dashboard;

import vn.cchc.editorial.plan.QuotaPeriod;
import vn.cchc.editorial.quota.QuotaCounter;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a quota period stands on a day, from what {@link QuotaCounter} counts for it (docs/api.md):
 * not started yet; met by publications alone; met only with the Office's hand credits; still open
 * before its deadline; past its deadline and short; or past and short but marked not followed up by the
 * Office when it started the plan ({@code pastPeriods=NOT_FOLLOWED}), which is never a miss.
 */
public enum PeriodState {
    MET("Đạt"),
    CREDITED("Đạt nhờ tính bù"),
    IN_PROGRESS("Đang thực hiện"),
    MISSED("Không đạt"),
    NOT_YET_DUE("Chưa đến kỳ"),
    NOT_FOLLOWED("Không theo dõi");

    private final String label;

    PeriodState(String label) {
        this.label = label;
    }

    /** The Vietnamese word the page shows beside the colour. */
    public String label() {
        return label;
    }

    /**
     * @param period the period judged
     * @param tally what the counter counts for it now
     * @param today the plan's day of {@code now}
     * @param now the application clock's instant
     * @param notFollowed whether the Office marked the period as not followed up at the plan's start
     */
    public static PeriodState of(QuotaPeriod period, QuotaCounter.Tally tally, LocalDate today, Instant now, boolean notFollowed) {
        if (today.isBefore(period.start())) {
            return NOT_YET_DUE;
        }
        if (tally.published().size() >= period.minimumCount()) {
            return MET;
        }
        if (tally.all().size() >= period.minimumCount()) {
            return CREDITED;
        }
        if (notFollowed) {
            return NOT_FOLLOWED;
        }
        return now.isAfter(period.deadline().toInstant()) ? MISSED : IN_PROGRESS;
    }
}
