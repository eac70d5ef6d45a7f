package vn.cchc.editorial.article;

import org.junit.jupiter.api.Test;
import vn.cchc.editorial.system.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the Board's review answer, on the record itself: no Spring context, no engine. */
class ReviewInputConstraintsTest {

    @Test
    void approvingNeedsNoComment() {
        ReviewInput input = InputConstraints.require(new ReviewInput("approve", ""), RecordReviewDecision.FIELDS);
        assertThat(input.decision()).isEqualTo(ReviewDecision.APPROVE);
    }

    @Test
    void sendingBackOrRejectingNeedsAComment() {
        for (String decision : new String[]{"REVISE", "REJECT"}) {
            assertThat(InputConstraints.problemsOf(new ReviewInput(decision, "")))
                    .containsExactly("Khi trả lại hoặc từ chối tin bài, Ban Biên tập phải ghi ý kiến.");
            assertThat(InputConstraints.problemsOf(new ReviewInput(decision, "Bổ sung số liệu."))).isEmpty();
        }
    }

    @Test
    void aDecisionIsRequiredAndKnown() {
        assertThat(InputConstraints.problemsOf(new ReviewInput("", "")))
                .containsExactly("Phải chọn ý kiến duyệt: duyệt đăng, trả lại để sửa hoặc từ chối.");
        assertThat(InputConstraints.problemsOf(new ReviewInput("PUBLISH_NOW", "")))
                .containsExactly("Ý kiến duyệt \"PUBLISH_NOW\" không hợp lệ (chỉ nhận: APPROVE, REVISE, REJECT).");
    }

    @Test
    void aCommentFitsItsColumnEvenWhenApproving() {
        assertThatThrownBy(() -> InputConstraints.require(new ReviewInput("APPROVE", "ý".repeat(ArticleReview.COMMENT_MAX + 1)), RecordReviewDecision.FIELDS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .containsExactly("Ý kiến dài 4001 ký tự, vượt quá giới hạn 4000 ký tự."));
    }
}
