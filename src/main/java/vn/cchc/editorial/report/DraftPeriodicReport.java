package vn.cchc.editorial.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanDates;

import java.time.Clock;

/**
 * Task_DraftReport of PeriodicReportProcess: counts the report's figures and keeps the filled template as
 * the File variable {@value PeriodicReportVariables#DRAFT}, dated today in the plan's zone.
 */
@Component
public class DraftPeriodicReport implements JavaDelegate {

    private final PeriodicFiguresCounter figures;
    private final PeriodicReportDocuments documents;
    private final Clock clock;

    public DraftPeriodicReport(PeriodicFiguresCounter figures, PeriodicReportDocuments documents, Clock clock) {
        this.figures = figures;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportPeriod period = ReportPeriod.parse((String) execution.getVariable(PeriodicReportVariables.PERIOD));
        Plan plan = figures.plan(period);
        byte[] docx = documents.docx(plan, figures.of(period), PlanDates.today(clock));
        execution.setVariable(PeriodicReportVariables.DRAFT, PeriodicReportFiles.docx(period, docx));
    }
}
