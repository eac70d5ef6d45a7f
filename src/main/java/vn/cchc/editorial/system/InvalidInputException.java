package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import java.util.List;
import java.util.Optional;

/**
 * Input a person or program must correct. Its message is Vietnamese and is what Tasklist shows; the
 * engine's REST API answers it with 400 and the transaction rolls back, so nothing is saved. A problem about
 * one field of a form names that field's key (processes/*.form), so the answer can say which field it is
 * ({@link Refusals}: {@code "fields": [{"field", "message"}]}) and the form can show it there.
 */
public class InvalidInputException extends FormFieldValidationException {

    /**
     * One problem, in Vietnamese, naming the field in words.
     *
     * @param field the form field's key ("title", "reviewComment"), or null when it is about no one field
     */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    private InvalidInputException(List<Problem> problems, boolean placed) {
        super(problems.stream().map(Problem::message).toList(),
                String.join(" ", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    /** Problems that are about no one field. */
    public InvalidInputException(List<String> problems) {
        this(problems.stream().map(p -> new Problem(null, p)).toList(), false);
    }

    public InvalidInputException(String problem) {
        this(List.of(problem));
    }

    /** Problems, each with its field where it has one. */
    public static InvalidInputException of(List<Problem> problems) {
        return new InvalidInputException(problems, true);
    }

    /** One problem of one field, by its key in the form. */
    public static InvalidInputException atField(String field, String problem) {
        return of(List.of(new Problem(field, problem)));
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

    /** Every problem's message, in order. */
    public List<String> getProblems() {
        return problems.stream().map(Problem::message).toList();
    }

    /** The problems that name a field of the form, in order. */
    public List<Problem> getFieldProblems() {
        return problems.stream().filter(p -> p.field() != null).toList();
    }
}
