package vn.cchc.editorial.report;

/** The process variables of PeriodicReportProcess, named once (docs/process-model.md lists them). */
final class PeriodicReportVariables {

    static final String PROCESS_KEY = "PeriodicReportProcess";

    /** "2024-Q1": also the business key. */
    static final String PERIOD = "period";
    static final String PERIOD_LABEL = "periodLabel";
    static final String OFFICE = "office";
    static final String DIRECTORS = "directors";
    static final String DRAFT_AT = "draftAt";
    static final String DUE_AT = "dueAt";
    /** When BoundaryEvent_NotApprovedInTime escalates: 08:00 of the working day after {@link #DUE_AT}. */
    static final String ESCALATE_AT = "escalateAt";
    /** The current .docx (a File variable): the generated draft, then the Office's last correction. */
    static final String DRAFT = "draft";
    /** Who uploaded the last correction; absent while the draft is the generated one. */
    static final String CORRECTED_BY = "correctedBy";
    static final String APPROVED = "approved";
    static final String DIRECTORS_COMMENT = "directorsComment";
    /** The .docx the Directors approved (a File variable), kept after the instance ends (history). */
    static final String APPROVED_REPORT = "approvedReport";
    static final String APPROVED_BY = "approvedBy";

    private PeriodicReportVariables() {
    }
}
