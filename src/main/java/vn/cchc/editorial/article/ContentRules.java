package vn.cchc.editorial.article;

import vn.cchc.editorial.system.ApiAuthenticationFilter;

import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one list of what an item's content may contain: the elements, each with the attributes it keeps and
 * the words the help text uses for it, and the elements read as another ({@code b} as {@code strong}). The
 * server's sanitizer ({@link ContentSanitizer}) is built from it, the editor of the draft and revision forms
 * is configured from it ({@link #editorValidElements()}, served by {@link ContentRulesApi}), and the editor's
 * help text is {@link #inWords()}. It stays within the tags Camunda Forms shows in the review form
 * ({@link ContentPreview}), so the author, the Board and the portal see the same text. A link ({@code href})
 * takes the {@link #URL_PROTOCOLS} only; a picture ({@code src}) only the {@link #FILE_ADDRESS} of a file uploaded
 * with the item.
 */
public final class ContentRules {

    /** One element kept: its name, its attributes, and its words in the help text (null: named with another). */
    public record Allowed(String element, List<String> attributes, String words) {
    }

    public static final List<Allowed> ELEMENTS = List.of(
            new Allowed("h2", List.of(), "tiêu đề cấp 2, 3, 4"),
            new Allowed("h3", List.of(), null),
            new Allowed("h4", List.of(), null),
            new Allowed("p", List.of(), "đoạn văn"),
            new Allowed("br", List.of(), "xuống dòng"),
            new Allowed("strong", List.of(), "in đậm"),
            new Allowed("em", List.of(), "in nghiêng"),
            new Allowed("ul", List.of(), "danh sách có hoặc không đánh số"),
            new Allowed("ol", List.of(), null),
            new Allowed("li", List.of(), null),
            new Allowed("a", List.of("href"), "liên kết (http, https, mailto)"),
            new Allowed("blockquote", List.of(), "trích dẫn"),
            new Allowed("hr", List.of(), "đường kẻ ngang"),
            new Allowed("table", List.of(), "bảng (dòng tiêu đề, dòng, ô; không gộp ô)"),
            new Allowed("thead", List.of(), null),
            new Allowed("tbody", List.of(), null),
            new Allowed("tr", List.of(), null),
            new Allowed("th", List.of(), null),
            new Allowed("td", List.of(), null),
            new Allowed("img", List.of("src", "alt"), "hình ảnh tải lên từ máy tính (kèm mô tả)"));

    /**
     * Elements kept under another name: a pasted or typed {@code <b>} is a {@code <strong>}, a heading of a level
     * the portal does not use (Word's "Heading 1" is {@code <h1>}) the nearest one kept.
     */
    public static final Map<String, String> ALIASES = Map.of("b", "strong", "i", "em", "h1", "h2", "h5", "h4", "h6", "h4");

    /** The only schemes of an address in {@code href}. */
    public static final Set<String> URL_PROTOCOLS = Set.of("http", "https", "mailto");

    /** Where the files uploaded with an item are served to those who may read it (article/ItemFilesApi). */
    public static final String FILES_PATH = ApiAuthenticationFilter.UPLOADS_API;

    /**
     * The only address a picture ({@code img src}) may have, and the address of an attached document: a path of this
     * application ({@code /api/uploads/<token>}, after the application's own root if it has one), never another host,
     * never a {@code data:} address. Group 1 is the upload's token.
     */
    public static final Pattern FILE_ADDRESS = Pattern.compile("(?:/[A-Za-z0-9._~-]+)*" + FILES_PATH
            + "/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    /**
     * An upload's address where the sanitized content uses it: {@code src="…"} or {@code href="…"}. Group 1 is the
     * attribute, group 2 the token; what publishes the content elsewhere replaces the address, keeping the attribute.
     */
    public static final Pattern FILE_ADDRESS_IN_CONTENT = Pattern.compile("(src|href)=\"" + FILE_ADDRESS.pattern() + "\"");

    private ContentRules() {
    }

    /**
     * The content with each upload's address ({@link #FILE_ADDRESS_IN_CONTENT}) replaced by the address {@code copyOf}
     * gives for its token, asked once per token however often the content uses the file (what publishes the content
     * elsewhere: the portal's copies, a site's media).
     */
    public static String withFilesAt(String content, Function<String, String> copyOf) {
        if (content == null) {
            return null;
        }
        Map<String, String> copies = new HashMap<>();
        return FILE_ADDRESS_IN_CONTENT.matcher(content).replaceAll(found -> {
            String copy = copies.computeIfAbsent(found.group(2), copyOf);
            return Matcher.quoteReplacement(found.group(1) + "=\"" + HtmlUtils.htmlEscape(copy, StandardCharsets.UTF_8.name()) + "\"");
        });
    }

    /** The elements' names, in the list's order. */
    public static List<String> elementNames() {
        return ELEMENTS.stream().map(Allowed::element).toList();
    }

    /**
     * TinyMCE's {@code valid_elements}: {@code "h2,…,strong/b,em/i,…,a[href],…,img[src|alt]"} (an alias after a
     * slash is turned into the element before it, as the server does).
     */
    public static String editorValidElements() {
        return ELEMENTS.stream().map(allowed -> {
            String aliases = ALIASES.entrySet().stream().filter(alias -> alias.getValue().equals(allowed.element()))
                    .map(alias -> "/" + alias.getKey()).sorted().collect(Collectors.joining());
            String attributes = allowed.attributes().isEmpty() ? "" : "[" + String.join("|", allowed.attributes()) + "]";
            return allowed.element() + aliases + attributes;
        }).collect(Collectors.joining(","));
    }

    /** The list as the editor's help text says it: "Nội dung giữ: tiêu đề cấp 2, 3, 4, đoạn văn, …". */
    public static String inWords() {
        return "Nội dung giữ: " + ELEMENTS.stream().map(Allowed::words).filter(Objects::nonNull).collect(Collectors.joining("; "))
                + ". Mọi định dạng khác (màu, phông chữ, cỡ chữ, căn lề) bị bỏ, cả khi dán từ Word hay trang web.";
    }
}
