package vn.cchc.editorial.report;

/** Where a unit's report on a month stands, as the Office's overview shows it. */
public enum MonthlyReportStatus {
    /** submitted by its due date */
    ON_TIME,
    /** submitted after its due date, and accepted */
    LATE,
    /** due date passed, nothing submitted */
    MISSING,
    /** not submitted, and its due date has not come */
    NOT_DUE
}
