package vn.cchc.editorial.plan.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import vn.cchc.editorial.plan.PlanFileException;

/**
 * A mapping of a plan file, read from SnakeYAML's node tree so that every value keeps its line.
 * Values are read as text and converted here, never by SnakeYAML's own resolver, which would turn
 * {@code 2024-02-30} into 1 March without a word.
 */
final class YamlMap {

    private final String file;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMap(String file, Node node, String what) {
        this.file = file;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, what + " phải là một bảng các cặp \"khóa: giá trị\"");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "tên khóa");
            if (entries.putIfAbsent(key, tuple) != null) {
                throw error(tuple.getKeyNode(), "khóa '" + key + "' xuất hiện hai lần");
            }
        }
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    int line() {
        return line(node);
    }

    PlanFileException error(Node at, String problem) {
        return new PlanFileException(file, line(at), problem);
    }

    /** Refuses keys the format does not know, which are most often misspelt ones. */
    YamlMap allowOnly(String... keys) {
        Set<String> allowed = Set.of(keys);
        for (NodeTuple tuple : entries.values()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                throw error(tuple.getKeyNode(), "khóa '" + key + "' không thuộc định dạng tệp kế hoạch"
                        + " (viết sai tên?); các khóa được dùng ở đây: " + String.join(", ", keys));
            }
        }
        return this;
    }

    /** The value under the key, absent when the key is missing or its value is empty. */
    Optional<Node> optional(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isEmpty(tuple.getValueNode())) {
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    Node required(String key) {
        return optional(key).orElseThrow(() -> error(keyOrSelf(key), "thiếu giá trị của khóa '" + key + "'"));
    }

    /** The key's own node when present (its value is empty), else this mapping. */
    Node keyOrSelf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? node : tuple.getKeyNode();
    }

    String text(String key) {
        return scalar(required(key), "'" + key + "'");
    }

    Optional<String> optionalText(String key) {
        return optional(key).map(value -> scalar(value, "'" + key + "'"));
    }

    int integer(String key) {
        return integer(required(key), key);
    }

    int integer(Node value, String key) {
        String text = scalar(value, "'" + key + "'");
        if (!text.matches("-?[0-9]{1,9}")) {
            throw error(value, "'" + key + "' phải là một số nguyên, không phải '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    int integerAtLeast(String key, int minimum) {
        int value = integer(key);
        if (value < minimum) {
            throw error(required(key), "'" + key + "' phải từ " + minimum + " trở lên, không phải " + value);
        }
        return value;
    }

    <E extends Enum<E>> E choice(String key, Class<E> type) {
        Node value = required(key);
        String text = scalar(value, "'" + key + "'");
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(text))
                .findFirst()
                .orElseThrow(() -> error(value, "'" + key + "' phải là một trong "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                        + ", không phải '" + text + "'"));
    }

    YamlMap map(String key) {
        return new YamlMap(file, required(key), "'" + key + "'");
    }

    List<Node> list(String key) {
        return list(required(key), key);
    }

    List<Node> optionalList(String key) {
        return optional(key).map(value -> list(value, key)).orElse(List.of());
    }

    private List<Node> list(Node value, String key) {
        if (!(value instanceof SequenceNode sequence)) {
            throw error(value, "'" + key + "' phải là một danh sách (mỗi mục một dòng bắt đầu bằng \"- \")");
        }
        return sequence.getValue();
    }

    YamlMap mapAt(Node item, String what) {
        return new YamlMap(file, item, what);
    }

    String scalar(Node value, String what) {
        if (!(value instanceof ScalarNode scalar)) {
            throw error(value, what + " phải là một giá trị đơn");
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            throw error(value, what + " không được để trống");
        }
        return text;
    }

    private static boolean isEmpty(Node value) {
        return value instanceof ScalarNode scalar
                && (Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isBlank());
    }
}
