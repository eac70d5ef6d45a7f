package vn.cchc.editorial.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Task_KeepApproved of PeriodicReportProcess: keeps the draft the Directors approved as the File variable
 * {@value PeriodicReportVariables#APPROVED_REPORT}, which the history keeps after the instance ends
 * (GET /api/reports/periodic/{period}/approved.docx).
 */
@Component
public class KeepApprovedReport implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        FileValue draft = execution.getVariableTyped(PeriodicReportVariables.DRAFT);
        ReportPeriod period = ReportPeriod.parse((String) execution.getVariable(PeriodicReportVariables.PERIOD));
        byte[] bytes;
        try (InputStream in = draft.getValue()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        execution.setVariable(PeriodicReportVariables.APPROVED_REPORT, PeriodicReportFiles.docx(period, bytes));
    }
}
