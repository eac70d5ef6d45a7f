package vn.cchc.editorial.myitems;

import vn.cchc.editorial.article.ArticleStatus;
import vn.cchc.editorial.system.InvalidInputException;

import java.util.Arrays;

/** The filters of "Tin bài của tôi" and /api/my-items, read from their parameters; a wrong one is refused 400 in Vietnamese. */
final class Filters {

    /** The years a filter accepts: the plan files' range and then some, never a number the clock cannot hold. */
    static final int YEAR_MIN = 2000;
    static final int YEAR_MAX = 2100;

    private Filters() {
    }

    /** The status its code names (IN_REVIEW, …), or null for every status when blank. */
    static ArticleStatus status(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Arrays.stream(ArticleStatus.values()).filter(s -> s.name().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("Trạng thái \"%s\" không có. Hãy chọn trong danh sách.".formatted(code)));
    }

    /** The year, or null for every year when blank. */
    static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.matches("\\d{4}")) {
            int year = Integer.parseInt(text);
            if (year >= YEAR_MIN && year <= YEAR_MAX) {
                return year;
            }
        }
        throw new InvalidInputException("Năm \"%s\" không hợp lệ: hãy ghi năm bằng bốn chữ số, từ %d đến %d."
                .formatted(text, YEAR_MIN, YEAR_MAX));
    }
}
