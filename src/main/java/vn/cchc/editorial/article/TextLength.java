package vn.cchc.editorial.article;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text no longer than the column that stores it: at most {@link #max} UTF-16 characters of the composed
 * (NFC) text {@link InputText#of} reads, as {@code String.length()} counts them. Null is valid. The message
 * may use {@code {max}} and {@code {length}}, the text's own length, in characters.
 */
@Documented
@Constraint(validatedBy = TextLength.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface TextLength {

    /** The size of the column, in characters: the entity's constant. */
    int max();

    /** Usually "{cchc.field.…} {cchc.text.tooLong}": the field's name, then the shared sentence. */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<TextLength, String> {

        private int max;

        @Override
        public void initialize(TextLength constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null || text.length() <= max) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("length", text.length());
            return false;
        }
    }
}
