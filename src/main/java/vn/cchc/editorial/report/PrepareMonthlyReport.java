package vn.cchc.editorial.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.YearMonth;

/**
 * Creation of Task_SubmitMonthlyReport: names it after its month ("Báo cáo kết quả tuyên truyền CCHC
 * tháng 3/2024") and fills the form's read-only figures with the unit's month as counted now, on the
 * opening day, when the month is over.
 */
@Component
public class PrepareMonthlyReport implements TaskListener {

    private final MonthFigures figures;

    public PrepareMonthlyReport(MonthFigures figures) {
        this.figures = figures;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setName("%s %s".formatted(task.getName(), task.getVariable(ReportVariables.MONTH_LABEL)));
        YearMonth month = YearMonth.parse((String) task.getVariable(ReportVariables.REPORT_MONTH));
        task.setVariable(ReportVariables.MONTH_FIGURES,
                figures.of((String) task.getVariable(ReportVariables.UNIT), month).text());
    }
}
