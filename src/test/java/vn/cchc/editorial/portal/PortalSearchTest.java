package vn.cchc.editorial.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class PortalSearchTest {

    @Test
    void foldingDropsCaseDiacriticsAndTheStrokeOfD() {
        assertThat(PortalSearch.fold("  Đường   dây NÓNG ")).isEqualTo("duong day nong");
        // typed with combining marks (as some keyboards do) or composed: the same
        assertThat(PortalSearch.fold(Normalizer.normalize("thủ tục", Normalizer.Form.NFD))).isEqualTo("thu tuc");
        assertThat(PortalSearch.fold(null)).isEmpty();
    }

    @Test
    void everyWordOfTheQueryMustBeInTheTitleOrTheSummaryInAnyOrder() {
        String title = "Đường dây nóng tiếp nhận phản ánh";
        String summary = "Số điện thoại của Sở";
        assertThat(PortalSearch.matches(PortalSearch.fold("duong day nong"), title, summary)).isTrue();
        assertThat(PortalSearch.matches(PortalSearch.fold("phản ánh điện thoại"), title, summary)).isTrue();
        assertThat(PortalSearch.matches(PortalSearch.fold("PHAN ANH duong"), title, null)).isTrue();
        assertThat(PortalSearch.matches(PortalSearch.fold("duong day nong bao chi"), title, summary)).isFalse();
    }
}
