package vn.cchc.editorial.portal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the portal's search compares Vietnamese text: case and diacritics aside, so that "thu tuc hanh chinh",
 * "THỦ TỤC" and "hành chính thủ tục" all find "Thủ tục hành chính" ("đ" is "d"): every word of the query must
 * be in the title or the summary, in any order.
 */
final class PortalSearch {

    /** The longest query read; a longer one is cut, not refused. */
    static final int MAX_QUERY = 200;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PortalSearch() {
    }

    /** The text without diacritics, in lower case, its runs of white space made one space. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Whether every word of the folded query is in the folded title or summary, in any order. */
    static boolean matches(String foldedQuery, String title, String summary) {
        String text = fold(title) + " " + fold(summary);
        for (String word : foldedQuery.split(" ")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
