package vn.cchc.editorial.report;

/** The process variables of MonthlyUnitReportProcess, named once (docs/process-model.md lists them). */
final class ReportVariables {

    static final String PROCESS_KEY = "MonthlyUnitReportProcess";

    static final String REPORT_MONTH = "reportMonth";
    static final String MONTH_LABEL = "monthLabel";
    static final String UNIT = "unit";
    static final String UNIT_NAME = "unitName";
    static final String OFFICE = "office";
    static final String OPENS_AT = "opensAt";
    static final String DUE_AT = "dueAt";
    /** When BoundaryEvent_ReportOverdue asks the Office to chase: 08:00 of the working day after {@link #DUE_AT}. */
    static final String CHASE_AT = "chaseAt";
    static final String MONTH_FIGURES = "monthFigures";

    private ReportVariables() {
    }
}
