package vn.cchc.editorial.article;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import java.util.List;

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

    public List<String> getProblems() {
        return problems;
    }
}
