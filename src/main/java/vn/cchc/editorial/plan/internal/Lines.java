package vn.cchc.editorial.plan.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.editorial.plan.PlanFileException;

/**
 * The line of every key and value of a plan file, by JSON Pointer ({@code /quotas/0/lead}), taken from
 * the token stream of Jackson's YAML parser. Bound records carry no position, so the checks after binding
 * look their lines up here; the stream is read once more for that, which costs little for a file of a
 * hundred lines. Lines are 1-based, as {@link com.fasterxml.jackson.core.JsonLocation#getLineNr()} gives them.
 */
final class Lines {

    private final Map<String, Integer> keys = new HashMap<>();
    private final Map<String, Integer> values = new HashMap<>();

    /**
     * @throws PlanFileException at the second occurrence when a mapping has the same key twice
     * @throws IOException when the YAML does not parse, with the parser's location
     */
    static Lines of(String file, ObjectMapper yaml, byte[] content) throws IOException {
        Lines lines = new Lines();
        try (JsonParser parser = yaml.createParser(content)) {
            // the index finds a repeated key itself, to name the line of its first occurrence
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                // a mapping or list is found under the key (or index) of its parent, as a scalar is
                JsonStreamContext context = token.isStructStart() ? parser.getParsingContext().getParent()
                        : parser.getParsingContext();
                String at = context.pathAsPointer().toString();
                int line = parser.currentTokenLocation().getLineNr();
                if (context.inRoot() && !token.isStructEnd() && !lines.values.isEmpty()) {
                    throw new PlanFileException(file, line, "tệp chỉ được có một tài liệu YAML; phần từ dòng này là thừa");
                }
                if (token == JsonToken.FIELD_NAME) {
                    Integer first = lines.keys.putIfAbsent(at, line);
                    if (first != null) {
                        throw new PlanFileException(file, line, "khóa '" + parser.currentName()
                                + "' xuất hiện hai lần (lần đầu ở dòng " + first + ")");
                    }
                } else if (!token.isStructEnd()) {
                    lines.values.put(at, line);
                }
            }
        }
        return lines;
    }

    /** How a message names the value at a pointer: {@code khóa 'minimum'}, {@code mục 3 của khóa 'holidays'}. */
    static String name(String at) {
        int slash = at.lastIndexOf('/');
        String last = at.substring(slash + 1);
        if (last.isEmpty()) {
            return "tệp kế hoạch";
        }
        return last.chars().allMatch(Character::isDigit) ? "mục " + (Integer.parseInt(last) + 1) + " của "
                + name(at.substring(0, slash)) : "khóa '" + last + "'";
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** The line of the key at this pointer; without the key, the line where its mapping begins. */
    int key(String at) {
        Integer line = keys.get(at);
        return line != null ? line : at.isEmpty() ? 1 : value(at.substring(0, at.lastIndexOf('/')));
    }

    /** The line where the value at this pointer begins; without a value, the line of its key. */
    int value(String at) {
        Integer line = values.get(at);
        return line != null ? line : key(at);
    }
}
