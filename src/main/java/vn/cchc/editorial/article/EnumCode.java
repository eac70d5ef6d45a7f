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
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The code of one of {@link #value}'s constants, in any letter case ("t11" is {@code Topic.T11}). Null and
 * blank codes are valid (a {@code @NotBlank} says whether one is required). The message may use
 * {@code {code}} (the code given, shortened to 40 characters), {@code {count}} and {@code {codes}} (how many
 * constants there are, and their names).
 */
@Documented
@Constraint(validatedBy = EnumCode.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface EnumCode {

    Class<? extends Enum<?>> value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<EnumCode, String> {

        private Enum<?>[] constants;

        @Override
        public void initialize(EnumCode constraint) {
            constants = constraint.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            if (code == null || code.isBlank()
                    || Arrays.stream(constants).anyMatch(c -> c.name().equals(code.toUpperCase(Locale.ROOT)))) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("code", ArticleInputValidator.abbreviate(code))
                    .addMessageParameter("count", constants.length)
                    .addMessageParameter("codes", Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")));
            return false;
        }
    }
}
