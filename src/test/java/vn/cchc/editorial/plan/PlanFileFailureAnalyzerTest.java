package vn.cchc.editorial.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused plan file at start-up is reported in a few lines: the file, the line, the problem, what to do. */
class PlanFileFailureAnalyzerTest {

    @Test
    void theStartUpReportNamesTheFileTheLineAndTheProblem() {
        PlanFileException refused = new PlanFileException("/etc/cchc/plans/plan-2026.yaml", 38,
                "khóa 'publication' phải là một trong DIRECT, HAND_OFF, không phải 'PRINT'");
        FailureAnalysis analysis = new PlanFileFailureAnalyzer()
                .analyze(new BeanCreationException("planCatalog", "could not create", refused));

        assertThat(analysis.getDescription()).isEqualTo("Tệp kế hoạch /etc/cchc/plans/plan-2026.yaml, dòng 38: "
                + "khóa 'publication' phải là một trong DIRECT, HAND_OFF, không phải 'PRINT'");
        assertThat(analysis.getAction()).contains("docs/plan-file.md");
    }
}
