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

    /**
     * One unit's line: its status, its counted figures, and what it reported (null until it reports).
     *
     * @param statusLabel the status in Vietnamese ({@link MonthlyReportStatus#label()})
     * @param figures     the unit's counted figures of the month; null in {@link #statuses} (the dashboard's overview)
     * @param otherForms  by {@link CommunicationForm#key()}: its {@code label}, {@code count} and {@code note}
     */
    public record UnitReport(String unit, String unitName, MonthlyReportStatus status, String statusLabel, Instant dueAt,
                             Instant submittedAt, String submittedBy, MonthlyFigures figures,
                             Map<String, Map<String, Object>> otherForms, String difficulties, String proposals) {
    }

    /** The month's overview, units in the plan's order. */
    public record Month(String month, String monthLabel, Instant dueAt, List<UnitReport> units) {
    }

    /**
     * @param text the month as yyyy-MM ("2024-03")
     * @throws InvalidInputException (400, Vietnamese) for a malformed month or a year without a plan
     */
    public Month of(String text) {
        return of(parse(text), true);
    }

    /**
     * Where each unit's report on the month stands, without counting the units' figures (null): what the
     * dashboard's overview shows.
     *
     * @throws InvalidInputException (400, Vietnamese) for a year without a plan
     */
    public Month statuses(YearMonth month) {
        return of(month, false);
    }

    private Month of(YearMonth month, boolean withFigures) {
        Plan plan = periods.plan(month.getYear());
        Instant dueAt = ReportCalendar.dueAt(plan, month, clock).toInstant();
        Map<String, MonthlyReport> byUnit = reports.findByReportMonth(month.toString()).stream()
                .collect(Collectors.toMap(MonthlyReport::getUnitCode, Function.identity()));
        boolean overdue = clock.instant().isAfter(dueAt);
        List<UnitReport> units = plan.authoringUnits().stream()
                .map(unit -> line(unit, month, dueAt, overdue, byUnit.get(unit.code()), withFigures)).toList();
        return new Month(month.toString(), ReportCalendar.label(month), dueAt, units);
    }

    private UnitReport line(Unit unit, YearMonth month, Instant dueAt, boolean overdue, MonthlyReport report,
                            boolean withFigures) {
        MonthlyFigures counted = withFigures ? figures.of(unit.code(), month) : null;
        if (report == null) {
            MonthlyReportStatus status = overdue ? MonthlyReportStatus.MISSING : MonthlyReportStatus.NOT_DUE;
            return new UnitReport(unit.code(), unit.name(), status, status.label(), dueAt, null, null, counted, null, null, null);
        }
        Map<String, Map<String, Object>> other = new LinkedHashMap<>();
        for (CommunicationForm form : CommunicationForm.values()) {
            Map<String, Object> kind = new LinkedHashMap<>();
            kind.put("label", form.label());
            kind.put("count", form.count(report));
            kind.put("note", form.note(report) == null ? "" : form.note(report));
            other.put(form.key(), kind);
        }
        MonthlyReportStatus status = report.isLate() ? MonthlyReportStatus.LATE : MonthlyReportStatus.ON_TIME;
        return new UnitReport(unit.code(), unit.name(), status, status.label(), dueAt, report.getSubmittedAt(),
                report.getSubmittedBy(), counted, other, report.getDifficulties(), report.getProposals());
    }

    /** A month as the pages and the tasks name it: "3/2024". */
    public static String label(YearMonth month) {
        return ReportCalendar.label(month);
    }

    static YearMonth parse(String text) {
        if (text == null || !MONTH.matcher(text).matches()) {
            String shown = text == null ? "" : text.length() > 20 ? text.substring(0, 20) + "…" : text;
            throw new InvalidInputException("Tháng \"%s\" không hợp lệ: hãy ghi năm và tháng dạng yyyy-MM, ví dụ 2024-03.".formatted(shown));
        }
        return YearMonth.parse(text);
    }
}
