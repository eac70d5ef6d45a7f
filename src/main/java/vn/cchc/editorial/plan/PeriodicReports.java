package vn.cchc.editorial.plan;

import java.util.Objects;

/**
 * The plan's periodic reports to Sở Nội vụ (plan V.6): the days of each kind and the two facts of the
 * report's header that the plan's other keys do not hold. Defaults in docs/plan-file.md.
 *
 * @param quarter      the quarterly reports (quarters I and III; II and IV are reported in the 6-month and
 *                     the annual report)
 * @param halfYear     the 6-month report
 * @param year         the annual report
 * @param parentAgency the agency's parent, first line of the left header block (Decree 30/2020/NĐ-CP);
 *                     empty when the plan names none
 * @param place        the place of the place-date line; empty when the plan names none
 */
public record PeriodicReports(PeriodicReportDays quarter, PeriodicReportDays halfYear, PeriodicReportDays year,
                              String parentAgency, String place) {

    public static final PeriodicReports DEFAULT = new PeriodicReports(PeriodicReportDays.DEFAULT,
            PeriodicReportDays.DEFAULT, PeriodicReportDays.DEFAULT, "", "");

    public PeriodicReports {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(halfYear, "halfYear");
        Objects.requireNonNull(year, "year");
        parentAgency = parentAgency == null ? "" : parentAgency;
        place = place == null ? "" : place;
    }
}
