package vn.cchc.editorial.article;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import vn.cchc.editorial.system.InvalidInputException;
import vn.cchc.editorial.system.InvalidInputException.Problem;
import vn.cchc.editorial.system.FormFieldRules.Rule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The problems of a record as {@link #problemsOf}, each with the form field it is about: the field of
     * {@code fields}' entry for the constrained component or method property ("topicCode" -> "topic",
     * "commentGivenUnlessApproving" -> "reviewComment"), or the component's own name when the form's key is the same.
     */
    public static <T extends Record> List<Problem> problemsAt(T input, Map<String, String> fields) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(input);
        List<String> components = Arrays.stream(input.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
        Set<String> seen = new HashSet<>();
        return violations.stream()
                .sorted(Comparator.<ConstraintViolation<T>>comparingInt(v -> position(components, v))
                        .thenComparingInt(InputConstraints::part)
                        .thenComparing(ConstraintViolation::getMessage))
                .filter(v -> seen.add(v.getMessage()))
                .map(v -> new Problem(fieldOf(v, fields), v.getMessage()))
                .toList();
    }

    /** The record itself when it is valid; otherwise refuses it with every problem, each at its field ({@link #problemsAt}). */
    public static <T extends Record> T require(T input, Map<String, String> fields) {
        List<Problem> problems = problemsAt(input, fields);
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems);
        }
        return input;
    }

    private static String fieldOf(ConstraintViolation<?> violation, Map<String, String> fields) {
        for (Path.Node node : violation.getPropertyPath()) {
            return node.getName() == null ? null : fields.getOrDefault(node.getName(), node.getName());
        }
        return null;
    }

    /**
     * What a form can check itself of a record's constraints, by form field ({@code fields} as in {@link #problemsAt}):
     * {@link NotBlank} is required, {@link TextLength}'s max the longest text. Served in the forms by system's
     * ServedFormRules, so the browser checks what this class checks.
     */
    public static Map<String, Rule> formRulesOf(Class<? extends Record> type, Map<String, String> fields) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (PropertyDescriptor property : VALIDATOR.getConstraintsForClass(type).getConstrainedProperties()) {
            String field = fields.getOrDefault(property.getPropertyName(), property.getPropertyName());
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                Class<?> annotation = constraint.getAnnotation().annotationType();
                Rule rule = annotation == NotBlank.class ? Rule.mandatory()
                        : annotation == TextLength.class ? Rule.atMost((Integer) constraint.getAttributes().get("max")) : null;
                if (rule != null) {
                    rules.merge(field, rule, Rule::with);
                }
            }
        }
        return rules;
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
