package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import java.util.List;
import java.util.Optional;

/**
 * Input a person or program must correct. Its message is Vietnamese and is what Tasklist shows; the
 * engine's REST API answers it with 400 and the transaction rolls back, so nothing is saved.
 */
public class InvalidInputException extends FormFieldValidationException {

    private final List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(problems, String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String problem) {
        this(List.of(problem));
    }

    /** The refusal behind an engine exception: the engine wraps what a listener throws. */
    public static Optional<InvalidInputException> findIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException refusal) {
                return Optional.of(refusal);
            }
            if (t.getCause() == t) break;
        }
        return Optional.empty();
    }

    public List<String> getProblems() {
        return problems;
    }
}
