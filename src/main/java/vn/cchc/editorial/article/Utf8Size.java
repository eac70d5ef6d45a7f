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
import java.nio.charset.StandardCharsets;

/**
 * A text of at most {@link #max} bytes once encoded in UTF-8 (a Vietnamese letter with its marks takes two
 * or three). Null is valid. The message may use {@code {max}} and {@code {kilobytes}}, the limit in KiB.
 */
@Documented
@Constraint(validatedBy = Utf8Size.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Utf8Size {

    /** The limit, in bytes of UTF-8. */
    int max();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Utf8Size, String> {

        private int max;

        @Override
        public void initialize(Utf8Size constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            // at most three bytes per UTF-16 unit: most texts are judged without being encoded
            if (text == null || (long) text.length() * 3 <= max || text.getBytes(StandardCharsets.UTF_8).length <= max) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("kilobytes", max / 1024);
            return false;
        }
    }
}
