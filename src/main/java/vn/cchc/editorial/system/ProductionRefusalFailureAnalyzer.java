package vn.cchc.editorial.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.stream.Collectors;

/** Turns a refusal of the prod profile into Spring Boot's "APPLICATION FAILED TO START" report: reasons, then what to do. */
class ProductionRefusalFailureAnalyzer extends AbstractFailureAnalyzer<ProductionRefusal> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionRefusal cause) {
        String reasons = cause.getReasons().stream().map(r -> "  - " + r).collect(Collectors.joining("\n"));
        return new FailureAnalysis(
                "The prod profile refuses to start:\n" + reasons,
                "Fix the configuration named above (docs/security.md, \"Production\"), then start again.",
                cause);
    }
}
