package vn.cchc.editorial.article;

import vn.cchc.editorial.system.InvalidInputException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.spin.json.SpinJsonNode;

/**
 * Turns the variables of the start form or the revision form into an {@link ArticleInput}, or refuses them
 * with every problem named in Vietnamese. Sanitizes the content so nothing unsafe is ever stored.
 */
public final class ArticleInputValidator {

    public static final int TITLE_MAX = Article.TITLE_MAX;
    public static final int SUMMARY_MAX = Article.SUMMARY_MAX;
    public static final int CONTENT_MAX_BYTES = 200 * 1024;
    /** How many links an item may carry; together they fit {@link Article#LINKS_MAX} characters. */
    public static final int LINKS_MAX = 10;
    /** The longest web address accepted, in characters (publication.url is this size). */
    public static final int ADDRESS_MAX = 1000;

    private ArticleInputValidator() {
    }

    /**
     * @param channels the channel codes an item may name: the plan in force's for a new item, the item's own
     *                 for a revision
     * @throws InvalidInputException every problem, in Vietnamese
     */
    public static ArticleInput validate(Map<String, Object> variables, Collection<String> channels) {
        List<String> problems = new ArrayList<>();
        String title = text(variables.get("title"));
        String summary = text(variables.get("summary"));
        String content = text(variables.get("content"));

        if (hasControlCharacters(title) || hasControlCharacters(summary)) {
            problems.add("Tiêu đề và sapo không được chứa ký tự điều khiển.");
        }
        if (title.isBlank()) {
            problems.add("Tiêu đề là bắt buộc.");
        } else {
            InputText.checkLength("Tiêu đề", title, TITLE_MAX, problems);
        }
        InputText.checkLength("Sapo", summary, SUMMARY_MAX, problems);
        if (content.isBlank()) {
            problems.add("Nội dung là bắt buộc.");
        } else if (content.getBytes(StandardCharsets.UTF_8).length > CONTENT_MAX_BYTES) {
            problems.add("Nội dung vượt quá giới hạn 200 KB.");
        }
        Topic topic = parseEnum(Topic.class, variables.get("topic"), problems,
                "Phải chọn chủ đề.", "Chủ đề \"%s\" không có trong danh mục 11 chủ đề của Kế hoạch.");
        ArticleKind kind = parseEnum(ArticleKind.class, variables.get("kind"), problems,
                "Phải chọn loại tin bài.", "Loại tin bài \"%s\" không hợp lệ (chỉ nhận: tin, bài viết, phóng sự, video).");
        List<String> chosen = channels(variables.get("channels"), channels, problems);
        String links = links(variables.get("links"), problems);

        Set<String> active = content.isBlank() ? Set.of() : ContentSanitizer.activeParts(content);
        if (!active.isEmpty()) {
            problems.add(("Nội dung chứa mã không an toàn (%s): hãy bỏ các thẻ script, thuộc tính sự kiện (onclick, onerror…) "
                    + "và liên kết không bắt đầu bằng http://, https:// rồi gửi lại.").formatted(String.join(", ", active)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String safeContent = ContentSanitizer.sanitize(content);
        if (safeContent.isBlank()) {
            throw new InvalidInputException("Nội dung không còn gì sau khi loại bỏ mã không an toàn.");
        }
        return new ArticleInput(title, summary, safeContent, links, topic, kind, chosen);
    }

    /** A variable as text, as {@link InputText#of} reads it. */
    public static String text(Object value) {
        return InputText.of(value);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, Object value, List<String> problems,
                                                   String missing, String unknown) {
        String code = text(value);
        if (code.isEmpty()) {
            problems.add(missing);
            return null;
        }
        try {
            return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(unknown.formatted(abbreviate(code)));
            return null;
        }
    }

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

    private static String links(Object value, List<String> problems) {
        List<String> lines = text(value).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > LINKS_MAX) {
            problems.add("Chỉ được kèm tối đa %d liên kết.".formatted(LINKS_MAX));
            return "";
        }
        for (String line : lines) {
            if (line.length() > ADDRESS_MAX) {
                problems.add(InputText.tooLong("Liên kết \"%s\"".formatted(abbreviate(line)), line.length(), ADDRESS_MAX));
            } else if (!isWebAddress(line)) {
                problems.add("Liên kết \"%s\" không hợp lệ: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://.".formatted(abbreviate(line)));
            }
        }
        String joined = lines.stream().collect(Collectors.joining("\n"));
        InputText.checkLength("Danh sách liên kết", joined, Article.LINKS_MAX, problems);
        return joined;
    }

    /** An absolute http or https address; nothing else (javascript:, data:, relative paths) is accepted. */
    public static boolean isWebAddress(String s) {
        if (s.length() > ADDRESS_MAX) return false;
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    /** Line breaks and tabs are text; other C0 and C1 control characters are not. */
    private static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    public static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
