package vn.cchc.editorial.article;

import vn.cchc.editorial.system.InvalidInputException;
import org.camunda.spin.json.SpinJsonNode;

import java.net.URI;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Text a person or program gives, as the application reads it: without surrounding blanks and in Unicode
 * NFC. Vietnamese typed with combining marks (NFD, as some keyboards and copy-paste produce) is the same
 * words as the precomposed form a search sends; normalized here before anything checks, stores or compares
 * it, both forms are one text. Every form field, review comment, reason and note is read through here.
 */
public final class InputText {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("ValidationMessages", Locale.ROOT);

    private InputText() {
    }

    /**
     * A variable or request field as text: null is "", a Json string its value (Tasklist sends String, a
     * checklist or a REST client may send Json), anything else its string form; stripped and NFC. A text
     * of nothing but invisible characters (spaces, zero-width spaces and joiners, byte-order marks) is "",
     * so a required field cannot be filled with what nobody sees.
     */
    public static String of(Object value) {
        if (value == null) return "";
        String text = value instanceof SpinJsonNode node
                ? nfc(node.isString() ? node.stringValue() : node.toString()).strip()
                : nfc(value.toString()).strip();
        return isInvisible(text) ? "" : text;
    }

    private static boolean isInvisible(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    /** The NFC form of a text (null stays null); the engine composes the variables it stores the same way. */
    public static String nfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Adds the refusal of a text longer than its stored column to {@code problems}.
     *
     * @param field the field as the form names it, in Vietnamese ("Tiêu đề")
     * @param max the size of the column that stores it, in characters (the entity's constant)
     */
    public static void checkLength(String field, String text, int max, List<String> problems) {
        if (text.length() > max) {
            problems.add(tooLong(field, text.length(), max));
        }
    }

    /** Refuses a text longer than its stored column, naming the field and the limit, at the form's field of that key. */
    public static void requireLength(String key, String field, String text, int max) {
        if (text.length() > max) {
            throw InvalidInputException.atField(key, tooLong(field, text.length(), max));
        }
    }

    /** Refuses a text longer than its stored column, naming the field and the limit. */
    public static void requireLength(String field, String text, int max) {
        if (text.length() > max) {
            throw new InvalidInputException(tooLong(field, text.length(), max));
        }
    }

    /** The refusal of {@link TextLength}, worded once in ValidationMessages.properties, for checks made by hand. */
    static String tooLong(String field, int length, int max) {
        return field + " " + MESSAGES.getString("cchc.text.tooLong")
                .replace("{length}", Integer.toString(length)).replace("{max}", Integer.toString(max));
    }

    /** The lines of a text, stripped, blank ones left out: the links of a links field. */
    public static List<String> linesOf(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /**
     * An absolute http or https address with a host, of at most {@link Article#ADDRESS_MAX} characters;
     * nothing else (javascript:, data:, relative paths) is accepted.
     */
    public static boolean isWebAddress(String s) {
        if (s == null || s.length() > Article.ADDRESS_MAX) return false;
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    /** The constant of {@code type} a code names, in any letter case ("t11" is T11); empty for a blank or unknown code. */
    public static <E extends Enum<E>> Optional<E> code(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, code.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
