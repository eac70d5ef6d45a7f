package vn.cchc.editorial.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One period of a quota rule, as the year's plan process runs it.
 *
 * @param ruleId the rule it belongs to
 * @param channel the channel code its items must be published on
 * @param periodKey {@code 2024-03} for a month, {@code 2024-Q1} for a quarter
 * @param start the period's first day
 * @param end the period's last day
 * @param deadline the end of the deadline day (23:59:59) in the plan's time zone
 * @param leadUnit the lead unit's code (its Camunda group id)
 * @param coordinatingUnit the coordinating unit's code, or null
 * @param minimumCount how many items the period needs
 * @param reminderAt when the lead unit is reminded if the quota is not yet met: 08:00 on the working day
 *     the plan's {@code reminderWorkingDaysBeforeDeadline} working days before the deadline day
 * @param judgedAt when the period is judged and, if missed, the Office gets its task: 08:00 on the first
 *     working day after the deadline day (items count by their publication day, so none published after
 *     the deadline counts)
 */
public record QuotaPeriod(String ruleId, String channel, String periodKey, LocalDate start, LocalDate end,
                          OffsetDateTime deadline, String leadUnit, String coordinatingUnit, int minimumCount,
                          OffsetDateTime reminderAt, OffsetDateTime judgedAt) {

    /** Whether the date lies in the period, both ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
