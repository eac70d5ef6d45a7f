package vn.cchc.editorial.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.FormGuard;
import vn.cchc.editorial.article.InputConstraints;
import vn.cchc.editorial.article.InputText;
import vn.cchc.editorial.article.TaskUsers;
import vn.cchc.editorial.system.OncePerKeyConflict;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Date;

/**
 * Completion of Task_SubmitMonthlyReport: only the unit's own people submit; the counts and texts are
 * checked ({@link MonthlyReportInput}: a negative or non-numeric count is refused in Vietnamese and the
 * task stays open); the report is stored, marked late when submitted after its due date. A second report
 * of the same unit and month is refused by the table's unique key and answered 409.
 */
@Component
public class RecordMonthlyReport implements TaskListener {

    static final String ALREADY_REPORTED = "Đơn vị %s đã gửi báo cáo tháng %s: mỗi đơn vị chỉ gửi một báo cáo cho mỗi tháng.";

    private final MonthlyReportRepository reports;
    private final Clock clock;

    public RecordMonthlyReport(MonthlyReportRepository reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        FormGuard.requireCandidate(task, "Chỉ người của đơn vị được giao mới được gửi báo cáo tháng của đơn vị.");
        MonthlyReportInput input = InputConstraints.require(new MonthlyReportInput(
                count(task, "meetingsCount"), text(task, "meetingsNote"),
                count(task, "partyUnionCount"), text(task, "partyUnionNote"),
                count(task, "serviceCentreCount"), text(task, "serviceCentreNote"),
                count(task, "videosCount"), text(task, "videosNote"),
                count(task, "studyVisitsCount"), text(task, "studyVisitsNote"),
                text(task, "difficulties"), text(task, "proposals")), Map.of());
        String unit = (String) task.getVariable(ReportVariables.UNIT);
        YearMonth month = YearMonth.parse((String) task.getVariable(ReportVariables.REPORT_MONTH));
        MonthlyReport report = new MonthlyReport(unit, month, input,
                ((Date) task.getVariable(ReportVariables.DUE_AT)).toInstant(), clock.instant(),
                TaskUsers.actingUser(task), task.getProcessInstanceId());
        try {
            reports.saveAndFlush(report);
        } catch (DataIntegrityViolationException taken) {
            throw new OncePerKeyConflict(ALREADY_REPORTED.formatted(task.getVariable(ReportVariables.UNIT_NAME),
                    ReportCalendar.label(month)), taken);
        }
    }

    private static String text(DelegateTask task, String name) {
        return InputText.of(task.getVariable(name));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /** A count as text: a whole number however the form typed it (Tasklist sends numbers as Long or Double). */
    static String count(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        if (value instanceof Number number && !(value instanceof Float) && !(value instanceof Double)) {
            return number.toString();
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(number(value))) {
            BigDecimal decimal = new BigDecimal(value.toString());
            return decimal.stripTrailingZeros().scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
        }
        return InputText.of(value);
    }
}
