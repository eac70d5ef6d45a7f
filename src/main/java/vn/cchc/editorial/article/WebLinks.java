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
import java.util.List;

/**
 * Links one per line: at most {@link Article#LINK_COUNT_MAX} of them, each an absolute http or https
 * address ({@link InputText#isWebAddress}) of at most {@link Article#ADDRESS_MAX} characters. Blank lines are not
 * links. Null is valid. Each wrong link is its own problem, named (shortened to 40 characters), in the
 * order of the lines. Their total length is the column's business: a {@link TextLength} beside this one.
 */
@Documented
@Constraint(validatedBy = WebLinks.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebLinks {

    String message() default "{cchc.article.link.notWeb}";

    String tooManyMessage() default "{cchc.article.links.tooMany}";

    String tooLongMessage() default "{cchc.field.link} {cchc.text.tooLong}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<WebLinks, String> {

        private WebLinks constraint;

        @Override
        public void initialize(WebLinks constraint) {
            this.constraint = constraint;
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            List<String> lines = InputText.linesOf(text);
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            context.disableDefaultConstraintViolation();
            if (lines.size() > Article.LINK_COUNT_MAX) {
                hibernate.addMessageParameter("max", Article.LINK_COUNT_MAX)
                        .buildConstraintViolationWithTemplate(constraint.tooManyMessage()).addConstraintViolation();
                return false;
            }
            boolean valid = true;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean tooLong = line.length() > Article.ADDRESS_MAX;
                if (tooLong || !InputText.isWebAddress(line)) {
                    // the line's number orders the problems: a set of violations has no order of its own
                    hibernate.withDynamicPayload(i)
                            .addMessageParameter("link", ArticleInputValidator.abbreviate(line))
                            .addMessageParameter("length", line.length())
                            .addMessageParameter("max", Article.ADDRESS_MAX)
                            .buildConstraintViolationWithTemplate(tooLong ? constraint.tooLongMessage() : constraint.message())
                            .addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }
    }
}
