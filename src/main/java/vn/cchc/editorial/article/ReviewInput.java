package vn.cchc.editorial.article;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/**
 * The Editorial Board's answer on Task_ReviewArticle, as its form gives it (read through
 * {@link InputText#of}), and the rules it must meet (checked by {@link InputConstraints}; messages in
 * ValidationMessages.properties).
 *
 * @param decisionCode a {@link ReviewDecision}'s code, in any letter case
 * @param comment      the Board's comment, "" when none; required unless approving
 */
public record ReviewInput(
        @NotBlank(message = "{cchc.review.decision.required}")
        @EnumCode(value = ReviewDecision.class, message = "{cchc.review.decision.unknown}")
        String decisionCode,
        @TextLength(max = ArticleReview.COMMENT_MAX, message = "{cchc.field.comment} {cchc.text.tooLong}")
        String comment) {

    /** The decision its code names; null while the code is not valid. */
    public ReviewDecision decision() {
        return InputText.code(ReviewDecision.class, decisionCode).orElse(null);
    }

    /** Sending back or rejecting says why; an unknown decision is refused for itself, not for this. */
    @AssertTrue(message = "{cchc.review.comment.required}")
    public boolean isCommentGivenUnlessApproving() {
        ReviewDecision decision = decision();
        return decision == null || decision == ReviewDecision.APPROVE || !comment.isBlank();
    }
}
