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
import java.util.Set;

/**
 * HTML without active code ({@link ContentSanitizer#activeParts}: scripts, event handlers, javascript:
 * links…), whose pictures are files uploaded with the item ({@link ContentSanitizer#foreignPictures}: never one
 * from another host, never a data: address), and with something left once {@link ContentSanitizer#sanitize sanitized}. The author is told
 * what to remove rather than having the text silently changed. Null and blank texts are valid (a
 * {@code @NotBlank} says whether one is required).
 */
@Documented
@Constraint(validatedBy = SafeHtml.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface SafeHtml {

    /** Names the active parts found, as {@code {parts}}. */
    String message() default "{cchc.article.content.unsafe}";

    /** When nothing is left of the HTML once sanitized. */
    String emptyMessage() default "{cchc.article.content.emptyOnceSafe}";

    /** A picture not uploaded to this application (another host, a data: address), named as {@code {pictures}}. */
    String foreignPictureMessage() default "{cchc.article.content.foreignPicture}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<SafeHtml, String> {

        private String emptyMessage;
        private String foreignPictureMessage;

        @Override
        public void initialize(SafeHtml constraint) {
            emptyMessage = constraint.emptyMessage();
            foreignPictureMessage = constraint.foreignPictureMessage();
        }

        @Override
        public boolean isValid(String html, ConstraintValidatorContext context) {
            if (html == null || html.isBlank()) {
                return true;
            }
            Set<String> active = ContentSanitizer.activeParts(html);
            if (!active.isEmpty()) {
                context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("parts", String.join(", ", active));
                return false;
            }
            Set<String> foreign = ContentSanitizer.foreignPictures(html);
            if (!foreign.isEmpty()) {
                context.disableDefaultConstraintViolation();
                context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("pictures", String.join(", ", foreign))
                        .buildConstraintViolationWithTemplate(foreignPictureMessage).addConstraintViolation();
                return false;
            }
            if (ContentSanitizer.sanitize(html).isBlank()) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(emptyMessage).addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
