package vn.cchc.editorial.article;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import vn.cchc.editorial.system.InvalidInputException;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks an input record against its Bean Validation constraints (messages in ValidationMessages.properties)
 * and refuses it as {@link InvalidInputException}, which the engine and the API answer as today. A plain
 * validator, no Spring context: the rules are unit-testable, and the engine's listeners can use it.
 * Messages are interpolated without Expression Language, so nothing a person types is ever evaluated.
 */
public final class InputConstraints {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    private InputConstraints() {
    }

    /**
     * The problems of a record, in Vietnamese, in the order of its components (then of a component's own
     * parts, such as the lines of the links), each text once; empty when it is valid.
     */
    public static <T extends Record> List<String> problemsOf(T input) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(input);
        List<String> components = Arrays.stream(input.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
        return violations.stream()
                .sorted(Comparator.<ConstraintViolation<T>>comparingInt(v -> position(components, v))
                        .thenComparingInt(InputConstraints::part)
                        .thenComparing(ConstraintViolation::getMessage))
                .map(ConstraintViolation::getMessage)
                .distinct()
                .toList();
    }

    /** The record itself when it is valid; otherwise refuses it with every problem. */
    public static <T extends Record> T require(T input) {
        List<String> problems = problemsOf(input);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }

    /** A component's index; constraints on the record's other methods come after every component. */
    private static int position(List<String> components, ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            int index = components.indexOf(node.getName());
            return index < 0 ? components.size() : index;
        }
        return components.size();
    }

    private static int part(ConstraintViolation<?> violation) {
        Integer part = violation instanceof HibernateConstraintViolation<?> hibernate
                ? hibernate.getDynamicPayload(Integer.class) : null;
        return part == null ? -1 : part;
    }
}
