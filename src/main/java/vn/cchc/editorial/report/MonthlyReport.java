package vn.cchc.editorial.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.plan.Unit;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A unit's report to the Office on one month (plan V.2), as Task_SubmitMonthlyReport gave it. One per
 * unit and month: the table's unique key (changeset 010) refuses a second. The figures of items and
 * quotas are not stored here: they are counted from the items whenever they are shown ({@link MonthFigures}).
 */
@Entity
@Table(name = "monthly_report")
public class MonthlyReport {

    /** Column sizes of the table monthly_report, in characters. */
    public static final int MONTH_MAX = 7;
    public static final int NOTE_MAX = 1000;
    public static final int TEXT_MAX = 4000;
    public static final int PROCESS_INSTANCE_ID_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(length = Unit.CODE_MAX)
    private String unitCode;
    @Column(length = MONTH_MAX)
    private String reportMonth;
    private boolean late;
    private Instant dueAt;
    private Instant submittedAt;
    @Column(length = Article.USER_ID_MAX)
    private String submittedBy;
    @Column(length = PROCESS_INSTANCE_ID_MAX)
    private String processInstanceId;
    private int meetingsCount;
    @Column(length = NOTE_MAX)
    private String meetingsNote;
    private int partyUnionCount;
    @Column(length = NOTE_MAX)
    private String partyUnionNote;
    private int serviceCentreCount;
    @Column(length = NOTE_MAX)
    private String serviceCentreNote;
    private int videosCount;
    @Column(length = NOTE_MAX)
    private String videosNote;
    private int studyVisitsCount;
    @Column(length = NOTE_MAX)
    private String studyVisitsNote;
    @Column(length = TEXT_MAX)
    private String difficulties;
    @Column(length = TEXT_MAX)
    private String proposals;

    protected MonthlyReport() {
    }

    /**
     * @param input        the checked form ({@link MonthlyReportInput})
     * @param dueAt        the end of the plan's report day; a report submitted after it is late
     * @param submittedAt  when the unit submitted it, by the application clock
     */
    MonthlyReport(String unitCode, YearMonth month, MonthlyReportInput input, Instant dueAt, Instant submittedAt,
                  String submittedBy, String processInstanceId) {
        this.unitCode = unitCode;
        this.reportMonth = month.toString();
        this.dueAt = dueAt;
        this.submittedAt = submittedAt;
        this.late = submittedAt.isAfter(dueAt);
        this.submittedBy = submittedBy;
        this.processInstanceId = processInstanceId;
        this.meetingsCount = Integer.parseInt(input.meetingsCount());
        this.meetingsNote = input.meetingsNote();
        this.partyUnionCount = Integer.parseInt(input.partyUnionCount());
        this.partyUnionNote = input.partyUnionNote();
        this.serviceCentreCount = Integer.parseInt(input.serviceCentreCount());
        this.serviceCentreNote = input.serviceCentreNote();
        this.videosCount = Integer.parseInt(input.videosCount());
        this.videosNote = input.videosNote();
        this.studyVisitsCount = Integer.parseInt(input.studyVisitsCount());
        this.studyVisitsNote = input.studyVisitsNote();
        this.difficulties = input.difficulties();
        this.proposals = input.proposals();
    }

    public Long getId() { return id; }
    public String getUnitCode() { return unitCode; }
    public String getReportMonth() { return reportMonth; }
    public boolean isLate() { return late; }
    public Instant getDueAt() { return dueAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public String getProcessInstanceId() { return processInstanceId; }
    public int getMeetingsCount() { return meetingsCount; }
    public String getMeetingsNote() { return meetingsNote; }
    public int getPartyUnionCount() { return partyUnionCount; }
    public String getPartyUnionNote() { return partyUnionNote; }
    public int getServiceCentreCount() { return serviceCentreCount; }
    public String getServiceCentreNote() { return serviceCentreNote; }
    public int getVideosCount() { return videosCount; }
    public String getVideosNote() { return videosNote; }
    public int getStudyVisitsCount() { return studyVisitsCount; }
    public String getStudyVisitsNote() { return studyVisitsNote; }
    public String getDifficulties() { return difficulties; }
    public String getProposals() { return proposals; }
}
