package vn.cchc.editorial.article;

import vn.cchc.editorial.system.InvalidInputException;
import vn.cchc.editorial.system.InvalidInputException.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.camunda.spin.json.SpinJsonNode;

/**
 * Turns the variables of the start form or the revision form into an {@link ArticleInput}, or refuses them
 * with every problem named in Vietnamese: the record's constraints, then the channels'. Sanitizes the
 * content so nothing unsafe is ever stored.
 */
public final class ArticleInputValidator {

    /** The form fields of {@link ArticleInput}'s components whose names differ from the form's keys. */
    static final Map<String, String> FIELDS = Map.of("topicCode", ArticleVariables.TOPIC, "kindCode", ArticleVariables.KIND);

    private ArticleInputValidator() {
    }

    /**
     * The valid input with its content sanitized.
     *
     * @param channels the channel codes an item may name: the plan in force's for a new item, the item's own
     *                 for a revision
     * @throws InvalidInputException naming every problem, in the order of {@link ArticleInput}'s fields, each at its
     *                               form field (the keys of article-draft.form and article-revision.form)
     */
    public static ArticleInput validate(Map<String, Object> variables, Collection<String> channels) {
        List<String> channelProblems = new ArrayList<>();
        List<String> chosen = channels(variables.get(ArticleVariables.CHANNELS), channels, channelProblems);
        ArticleInput input = new ArticleInput(text(variables.get(ArticleVariables.TITLE)), text(variables.get(ArticleVariables.SUMMARY)),
                text(variables.get(ArticleVariables.CONTENT)), text(variables.get(ArticleVariables.TOPIC)),
                text(variables.get(ArticleVariables.KIND)), chosen,
                String.join("\n", InputText.linesOf(text(variables.get(ArticleVariables.LINKS)))));
        List<Problem> problems = new ArrayList<>(InputConstraints.problemsAt(input, FIELDS));
        channelProblems.forEach(problem -> problems.add(new Problem(ArticleVariables.CHANNELS, problem)));
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems);
        }
        return input.withContent(ContentSanitizer.sanitize(input.content()));
    }

    /** A variable as text, as {@link InputText#of} reads it. */
    public static String text(Object value) {
        return InputText.of(value);
    }

    /** The channels chosen: at least one, each one the item may name, none twice. */
    private static List<String> channels(Object value, Collection<String> known, List<String> problems) {
        List<String> codes = channelCodes(value);
        if (codes.isEmpty()) {
            problems.add("Phải chọn ít nhất một kênh đăng.");
            return List.of();
        }
        if (codes.size() > known.size()) {
            problems.add("Danh sách kênh đăng có %d mục, nhiều hơn số kênh hiện có (%d).".formatted(codes.size(), known.size()));
            return List.of();
        }
        LinkedHashSet<String> channels = new LinkedHashSet<>();
        for (String code : codes) {
            if (known.contains(code)) {
                channels.add(code);
            } else {
                problems.add("Kênh đăng \"%s\" không tồn tại.".formatted(abbreviate(code)));
            }
        }
        return List.copyOf(channels);
    }

    private static List<String> channelCodes(Object value) {
        if (value == null) return List.of();
        if (value instanceof SpinJsonNode node) {
            if (node.isArray()) {
                return node.elements().stream().map(ArticleInputValidator::text).filter(s -> !s.isEmpty()).toList();
            }
            return node.isNull() ? List.of() : List.of(text(node));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(ArticleInputValidator::text).filter(s -> !s.isEmpty()).toList();
        }
        String s = value.toString().strip();
        if (s.startsWith("[")) {
            try {
                return channelCodes(org.camunda.spin.Spin.JSON(s));
            } catch (RuntimeException e) {
                return List.of(s);
            }
        }
        return Arrays.stream(s.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    /** A text a refusal quotes, shortened to 40 characters. */
    public static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
