package vn.cchc.editorial.report;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;

/** The report's .docx as a Camunda File variable, named "bao-cao-2024-Q1.docx". */
final class PeriodicReportFiles {

    private PeriodicReportFiles() {
    }

    static FileValue docx(ReportPeriod period, byte[] bytes) {
        return Variables.fileValue(fileName(period)).file(bytes).mimeType(PeriodicReportDocuments.DOCX).create();
    }

    static String fileName(ReportPeriod period) {
        return "bao-cao-" + period.code() + ".docx";
    }
}
