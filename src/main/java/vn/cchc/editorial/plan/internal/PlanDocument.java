package vn.cchc.editorial.plan.internal;

import java.time.LocalDate;
import java.util.List;

import vn.cchc.editorial.plan.PeriodKind;
import vn.cchc.editorial.plan.Publication;
import vn.cchc.editorial.plan.UnitRole;

/**
 * A plan file as written, field for field (docs/plan-file.md), before any check. Jackson binds it and
 * refuses unknown keys, repeated keys and values of the wrong kind; a missing value is null here, and
 * {@link PlanValidator} refuses it with the line of its key.
 */
record PlanDocument(Integer year, String agency, String title, String budget, String timeZone,
                    List<UnitEntry> units, List<ChannelEntry> channels, List<QuotaEntry> quotas,
                    Integer reminderWorkingDaysBeforeDeadline, ReviewEntry review, HandOffEntry provincialHandOff,
                    Integer monthlyReportDay, List<LocalDate> holidays, List<LocalDate> makeUpWorkingDays,
                    PeriodicReportsEntry periodicReports, Integer rejectedItemFilesKeptDays) {

    record UnitEntry(String code, String name, UnitRole role) {
    }

    record ChannelEntry(String code, String name, Publication publication, String managedBy) {
    }

    record QuotaEntry(String id, String channel, Integer minimum, PeriodKind period, Integer deadlineDay,
                      List<LeadEntry> lead, String coordinatingUnit) {
    }

    /** @param months one month ({@code 4}) or a range ({@code 1-3}) */
    record LeadEntry(String months, String unit) {
    }

    record ReviewEntry(Integer remindBoardAfterWorkingDays, Integer escalateToOfficeAfterWorkingDays) {
    }

    record HandOffEntry(Integer chaseAfterWorkingDays) {
    }

    record PeriodicReportsEntry(DaysEntry quarter, DaysEntry halfYear, DaysEntry year, String parentAgency,
                                String place) {
    }

    record DaysEntry(Integer windowStartDay, Integer windowEndDay, Integer dueDay) {
    }
}
