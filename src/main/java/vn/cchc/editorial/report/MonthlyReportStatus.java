package vn.cchc.editorial.report;

/** Where a unit's report on a month stands, as the Office's overview shows it. */
public enum MonthlyReportStatus {
    /** submitted by its due date */
    ON_TIME("Đúng hạn"),
    /** submitted after its due date, and accepted */
    LATE("Gửi muộn"),
    /** due date passed, nothing submitted */
    MISSING("Chưa gửi, đã quá hạn"),
    /** not submitted, and its due date has not come */
    NOT_DUE("Chưa đến hạn");

    private final String label;

    MonthlyReportStatus(String label) {
        this.label = label;
    }

    /** The status in Vietnamese, as the pages print it beside its colour. */
    public String label() {
        return label;
    }
}
