package vn.cchc.editorial.publication;

import org.junit.jupiter.api.Test;
import vn.cchc.editorial.article.InputConstraints;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the provincial decision's form, on the record itself: no Spring context, no engine. */
class ProvincialDecisionInputConstraintsTest {

    static final String URL = "https://cchc.soctrang.gov.vn/tin/123";

    @Test
    void anApprovalWithItsAddressAndARefusalWithItsReasonAreValid() {
        assertThat(InputConstraints.problemsOf(new ProvincialDecisionInput("APPROVED", URL, ""))).isEmpty();
        assertThat(InputConstraints.problemsOf(new ProvincialDecisionInput("REFUSED", "", "Trùng nội dung."))).isEmpty();
        assertThat(new ProvincialDecisionInput("refused", "", "x").decision()).isEqualTo(ProvincialDecision.REFUSED);
    }

    @Test
    void aDecisionIsRequiredAndKnown() {
        assertThat(InputConstraints.problemsOf(new ProvincialDecisionInput("", "", "")))
                .containsExactly("Phải chọn kết quả: tỉnh đã duyệt đăng hoặc không duyệt.");
        assertThat(InputConstraints.problemsOf(new ProvincialDecisionInput("MAYBE", "", "")))
                .containsExactly("Kết quả \"MAYBE\" không hợp lệ (chỉ nhận: APPROVED, REFUSED).");
    }

    @Test
    void anApprovalNeedsAWebAddressThatFitsItsColumn() {
        String refusal = "Phải ghi địa chỉ bài đã đăng, bắt đầu bằng http:// hoặc https://.";
        assertThat(InputConstraints.problemsOf(new ProvincialDecisionInput("APPROVED", "", ""))).containsExactly(refusal);
        assertThat(InputConstraints.problemsOf(new ProvincialDecisionInput("APPROVED", "javascript:alert(1)", ""))).containsExactly(refusal);
        assertThat(InputConstraints.problemsOf(new ProvincialDecisionInput("APPROVED", URL + "a".repeat(Publication.URL_MAX), "")))
                .containsExactly("Địa chỉ bài đã đăng dài 1036 ký tự, vượt quá giới hạn 1000 ký tự.");
    }

    @Test
    void aRefusalNeedsAReasonThatFitsItsColumn() {
        assertThat(InputConstraints.problemsOf(new ProvincialDecisionInput("REFUSED", "", " ")))
                .containsExactly("Khi tỉnh không duyệt đăng, phải ghi lý do.");
        assertThat(InputConstraints.problemsOf(new ProvincialDecisionInput("REFUSED", "", "l".repeat(Publication.REFUSAL_REASON_MAX + 1))))
                .containsExactly("Lý do dài 4001 ký tự, vượt quá giới hạn 4000 ký tự.");
    }
}
