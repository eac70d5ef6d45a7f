package vn.cchc.editorial.article;

import vn.cchc.editorial.system.InvalidInputException;
import org.camunda.spin.json.SpinJsonNode;

import java.text.Normalizer;
import java.util.List;

/**
 * Text a person or program gives, as the application reads it: without surrounding blanks and in Unicode
 * NFC. Vietnamese typed with combining marks (NFD, as some keyboards and copy-paste produce) is the same
 * words as the precomposed form a search sends; normalized here before anything checks, stores or compares
 * it, both forms are one text. Every form field, review comment, reason and note is read through here.
 */
public final class InputText {

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

    /** Refuses a text longer than its stored column, naming the field and the limit. */
    public static void requireLength(String field, String text, int max) {
        if (text.length() > max) {
            throw new InvalidInputException(tooLong(field, text.length(), max));
        }
    }

    static String tooLong(String field, int length, int max) {
        return "%s dài %d ký tự, vượt quá giới hạn %d ký tự.".formatted(field, length, max);
    }
}
