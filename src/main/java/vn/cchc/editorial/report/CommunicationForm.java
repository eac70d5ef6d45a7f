package vn.cchc.editorial.report;

import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The forms of communication of plan section III.2 beyond articles, as a unit's monthly report gives them:
 * each a count and a short description. Named once here for the Office's overview
 * ({@link MonthlyReportOverview}, its API key {@link #key()}) and the periodic report ({@link PeriodicFiguresCounter}).
 */
public enum CommunicationForm {
    MEETINGS("meetings", "Hội nghị, cuộc họp có lồng ghép nội dung CCHC", MonthlyReport::getMeetingsCount, MonthlyReport::getMeetingsNote),
    PARTY_UNION("partyUnion", "Sinh hoạt chi bộ, đoàn thể", MonthlyReport::getPartyUnionCount, MonthlyReport::getPartyUnionNote),
    SERVICE_CENTRE("serviceCentre", "Niêm yết tại Trung tâm Phục vụ hành chính công", MonthlyReport::getServiceCentreCount,
            MonthlyReport::getServiceCentreNote),
    VIDEOS("videos", "Video trên đài phát thanh, truyền hình, Zalo", MonthlyReport::getVideosCount, MonthlyReport::getVideosNote),
    STUDY_VISITS("studyVisits", "Học tập kinh nghiệm", MonthlyReport::getStudyVisitsCount, MonthlyReport::getStudyVisitsNote);

    private final String key;
    private final String label;
    private final ToIntFunction<MonthlyReport> count;
    private final Function<MonthlyReport, String> note;

    CommunicationForm(String key, String label, ToIntFunction<MonthlyReport> count, Function<MonthlyReport, String> note) {
        this.key = key;
        this.label = label;
        this.count = count;
        this.note = note;
    }

    /** Its key in {@code otherForms} of GET /api/reports/monthly/{yyyy-MM}. */
    public String key() {
        return key;
    }

    /** Its name in Vietnamese, as the pages and the periodic report print it. */
    public String label() {
        return label;
    }

    int count(MonthlyReport report) {
        return count.applyAsInt(report);
    }

    String note(MonthlyReport report) {
        return note.apply(report);
    }
}
