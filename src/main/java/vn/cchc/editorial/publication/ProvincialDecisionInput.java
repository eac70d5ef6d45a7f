package vn.cchc.editorial.publication;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import vn.cchc.editorial.article.EnumCode;
import vn.cchc.editorial.article.InputText;
import vn.cchc.editorial.article.TextLength;

/**
 * Task_RecordProvincialDecision's form as the Board fills it in (read through {@link InputText#of}), and
 * the rules it must meet (checked by article's InputConstraints; messages in ValidationMessages.properties).
 * The date of the post is judged by {@link RecordProvincialDecision}: it depends on today, in the plan's zone.
 *
 * @param decisionCode  a {@link ProvincialDecision}'s code, in any letter case
 * @param publishedUrl  where the post is, required when approved
 * @param refusalReason why the unit refused, required when refused
 */
public record ProvincialDecisionInput(
        @NotBlank(message = "{cchc.provincial.decision.required}")
        @EnumCode(value = ProvincialDecision.class, message = "{cchc.provincial.decision.unknown}")
        String decisionCode,
        @TextLength(max = Publication.URL_MAX, message = "{cchc.field.publishedUrl} {cchc.text.tooLong}")
        String publishedUrl,
        @TextLength(max = Publication.REFUSAL_REASON_MAX, message = "{cchc.field.refusalReason} {cchc.text.tooLong}")
        String refusalReason) {

    /** The decision its code names; null while the code is not valid. */
    public ProvincialDecision decision() {
        return InputText.code(ProvincialDecision.class, decisionCode).orElse(null);
    }

    /** An approval says where the post is: a web address (one too long is refused for its length). */
    @AssertTrue(message = "{cchc.provincial.url.required}")
    public boolean isAddressGivenWhenApproved() {
        return decision() != ProvincialDecision.APPROVED || publishedUrl.length() > Publication.URL_MAX
                || InputText.isWebAddress(publishedUrl);
    }

    /** A refusal says why. */
    @AssertTrue(message = "{cchc.provincial.reason.required}")
    public boolean isReasonGivenWhenRefused() {
        return decision() != ProvincialDecision.REFUSED || !refusalReason.isBlank();
    }
}
