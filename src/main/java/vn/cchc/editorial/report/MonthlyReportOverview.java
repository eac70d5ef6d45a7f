package vn.cchc.editorial.report;

import org.springframework.stereotype.Component;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.Unit;
import vn.cchc.editorial.quota.QuotaPeriods;
import vn.cchc.editorial.system.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Every authoring unit's report on one month, for the Office (GET /api/reports/monthly/{yyyy-MM}). */
@Component
public class MonthlyReportOverview {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private final QuotaPeriods periods;
    private final MonthlyReportRepository reports;
    private final MonthFigures figures;
    private final Clock clock;

    public MonthlyReportOverview(QuotaPeriods periods, MonthlyReportRepository reports, MonthFigures figures, Clock clock) {
        this.periods = periods;
        this.reports = reports;
        this.figures = figures;
        this.clock = clock;
    }

    /** One unit's line: its status, its counted figures, and what it reported (null until it reports). */
    public record UnitReport(String unit, String unitName, MonthlyReportStatus status, Instant dueAt,
                             Instant submittedAt, String submittedBy, MonthlyFigures figures,
                             Map<String, Object> otherForms, String difficulties, String proposals) {
    }

    /** The month's overview, units in the plan's order. */
    public record Month(String month, String monthLabel, Instant dueAt, List<UnitReport> units) {
    }

    /**
     * @param text the month as yyyy-MM ("2024-03")
     * @throws InvalidInputException (400, Vietnamese) for a malformed month or a year without a plan
     */
    public Month of(String text) {
        YearMonth month = parse(text);
        Plan plan = periods.plan(month.getYear());
        Instant dueAt = ReportCalendar.dueAt(plan, month).toInstant();
        Map<String, MonthlyReport> byUnit = reports.findByReportMonth(month.toString()).stream()
                .collect(Collectors.toMap(MonthlyReport::getUnitCode, Function.identity()));
        boolean overdue = clock.instant().isAfter(dueAt);
        List<UnitReport> units = plan.authoringUnits().stream()
                .map(unit -> line(unit, month, dueAt, overdue, byUnit.get(unit.code()))).toList();
        return new Month(month.toString(), ReportCalendar.label(month), dueAt, units);
    }

    private UnitReport line(Unit unit, YearMonth month, Instant dueAt, boolean overdue, MonthlyReport report) {
        MonthlyFigures counted = figures.of(unit.code(), month);
        if (report == null) {
            return new UnitReport(unit.code(), unit.name(), overdue ? MonthlyReportStatus.MISSING : MonthlyReportStatus.NOT_DUE,
                    dueAt, null, null, counted, null, null, null);
        }
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("meetings", kind(report.getMeetingsCount(), report.getMeetingsNote()));
        other.put("partyUnion", kind(report.getPartyUnionCount(), report.getPartyUnionNote()));
        other.put("serviceCentre", kind(report.getServiceCentreCount(), report.getServiceCentreNote()));
        other.put("videos", kind(report.getVideosCount(), report.getVideosNote()));
        other.put("studyVisits", kind(report.getStudyVisitsCount(), report.getStudyVisitsNote()));
        return new UnitReport(unit.code(), unit.name(), report.isLate() ? MonthlyReportStatus.LATE : MonthlyReportStatus.ON_TIME,
                dueAt, report.getSubmittedAt(), report.getSubmittedBy(), counted, other, report.getDifficulties(), report.getProposals());
    }

    private static Map<String, Object> kind(int count, String note) {
        Map<String, Object> kind = new LinkedHashMap<>();
        kind.put("count", count);
        kind.put("note", note == null ? "" : note);
        return kind;
    }

    static YearMonth parse(String text) {
        if (text == null || !MONTH.matcher(text).matches()) {
            String shown = text == null ? "" : text.length() > 20 ? text.substring(0, 20) + "…" : text;
            throw new InvalidInputException("Tháng \"%s\" không hợp lệ: hãy ghi năm và tháng dạng yyyy-MM, ví dụ 2024-03.".formatted(shown));
        }
        return YearMonth.parse(text);
    }
}
