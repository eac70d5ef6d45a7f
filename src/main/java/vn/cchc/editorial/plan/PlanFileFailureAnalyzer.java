package vn.cchc.editorial.plan;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A refused plan file at start-up ends in Spring Boot's short "APPLICATION FAILED TO START" report with the
 * file, the line and the Vietnamese problem, instead of leaving the operator to find it in a stack trace.
 */
class PlanFileFailureAnalyzer extends AbstractFailureAnalyzer<PlanFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PlanFileException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Sửa tệp kế hoạch ở dòng đã nêu (định dạng: docs/plan-file.md) rồi khởi động lại.", cause);
    }
}
