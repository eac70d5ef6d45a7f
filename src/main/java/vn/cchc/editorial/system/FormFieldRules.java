package vn.cchc.editorial.system;

import java.util.Map;

/**
 * The rules of a module's form fields that a form can check itself, as the server enforces them: a module's bean
 * of this type gives them by the field's key in processes/*.form. {@link ServedFormRules} writes them into each
 * form as Tasklist fetches it, so the limits are written once, where the server checks them, and never in the
 * form files.
 */
public interface FormFieldRules {

    /**
     * What a form field must meet.
     *
     * @param required  the field may not be left empty
     * @param maxLength the longest text, in characters (UTF-16 code units, as the server and form-js count them),
     *                  or null when none
     * @param words     other limits the field's description names, by the placeholder it writes ({@code {maxLinks}})
     */
    record Rule(boolean required, Integer maxLength, Map<String, Object> words) {

        public static Rule mandatory() {
            return new Rule(true, null, Map.of());
        }

        public static Rule atMost(int maxLength) {
            return new Rule(false, maxLength, Map.of());
        }

        public Rule andRequired() {
            return new Rule(true, maxLength, words);
        }

        /** The same rule, its description naming another limit as {@code {name}}. */
        public Rule saying(String name, Object value) {
            Map<String, Object> more = new java.util.HashMap<>(words);
            more.put(name, value);
            return new Rule(required, maxLength, Map.copyOf(more));
        }

        /** Both rules at once: required if either is, the shorter limit, the words of both. */
        public Rule with(Rule other) {
            Integer max = maxLength;
            if (max == null || other.maxLength != null && other.maxLength < max) {
                max = other.maxLength;
            }
            Map<String, Object> all = new java.util.HashMap<>(words);
            all.putAll(other.words);
            return new Rule(required || other.required, max, Map.copyOf(all));
        }
    }

    /** The rules by form field key ("title", "reviewComment"). */
    Map<String, Rule> rules();
}
