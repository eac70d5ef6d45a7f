package vn.cchc.editorial.plan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanFileException;

/**
 * Reads one plan file: Jackson binds it into {@link PlanDocument}, refusing what does not fit the format,
 * and {@link PlanValidator} checks what the processes rely on. Every refusal is a {@link PlanFileException}
 * with a Vietnamese message naming the file and the line; Jackson's own failures are translated here.
 */
public final class PlanFileReader {

    /** The name every plan file has; its year must be the one the file states. */
    public static final Pattern FILE_NAME = Pattern.compile("plan-([0-9]{4})\\.yaml");

    /** Lines refuses a repeated key before binding, naming both lines; Jackson's own check guards the binding. */
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .addModule(new JavaTimeModule())
            .build();

    private PlanFileReader() {
    }

    /**
     * @param file the file's path as it should appear in messages; its last segment is checked
     *     against {@link #FILE_NAME}
     * @param in the file's content, UTF-8; read to its end, not closed
     * @throws PlanFileException naming the file and the line when the plan cannot be used
     */
    public static Plan read(String file, InputStream in) {
        try {
            byte[] content = in.readAllBytes();
            Lines lines = Lines.of(file, YAML, content);
            if (lines.isEmpty()) {
                throw new PlanFileException(file, 1, "tệp rỗng");
            }
            PlanDocument document;
            try {
                document = YAML.readValue(content, PlanDocument.class);
            } catch (JsonMappingException e) {
                throw refusal(file, lines, e);
            }
            return new PlanValidator(file, lines, document).plan();
        } catch (JacksonYAMLParseException e) {
            // SnakeYAML's own mark is where the text breaks; Jackson's location is that of the last good token
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                throw new PlanFileException(file, yaml.getProblemMark().getLine() + 1, "không đọc được cú pháp YAML ("
                        + yaml.getProblem() + ")", e);
            }
            throw new PlanFileException(file, line(e.getLocation()), "không đọc được cú pháp YAML", e);
        } catch (IOException e) {
            throw new PlanFileException(file, 1, "không đọc được tệp (" + e.getMessage() + ")", e);
        }
    }

    /** The year a plan file's name promises, if the name has the expected form. */
    public static OptionalInt yearInName(String file) {
        Matcher name = FILE_NAME.matcher(file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1));
        return name.matches() ? OptionalInt.of(Integer.parseInt(name.group(1))) : OptionalInt.empty();
    }

    /** Jackson's refusal in the Office's words, at the line of the value (or the unknown key) at fault. */
    private static PlanFileException refusal(String file, Lines lines, JsonMappingException e) {
        String at = e.getPath().stream()
                .map(step -> "/" + (step.getFieldName() != null ? step.getFieldName() : String.valueOf(step.getIndex())))
                .collect(Collectors.joining());
        int line = lines.value(at);
        String what = Lines.name(at);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new PlanFileException(file, lines.key(at), "khóa '" + unknown.getPropertyName()
                    + "' không thuộc định dạng tệp kế hoạch (viết sai tên?); các khóa được dùng ở đây: "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", ")), e);
        }
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        Object value = e instanceof InvalidFormatException invalid ? invalid.getValue() : null;
        String problem;
        if (type != null && type.isEnum()) {
            problem = what + " phải là một trong " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + (value == null ? "" : ", không phải '" + value + "'");
        } else if (type == LocalDate.class && value != null) {
            problem = String.valueOf(value).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? "ngày " + value + " không có trên lịch"
                    : "ngày '" + value + "' phải viết theo dạng năm-tháng-ngày, ví dụ 2024-04-30";
        } else if (type == Integer.class || type == int.class) {
            problem = what + " phải là một số nguyên" + (value == null ? "" : ", không phải '" + value + "'");
        } else if (type != null && (Collection.class.isAssignableFrom(type) || type.isArray())) {
            problem = what + " phải là một danh sách (mỗi mục một dòng bắt đầu bằng \"- \")";
        } else if (type != null && type.isRecord()) {
            problem = what + " phải là một bảng các cặp \"khóa: giá trị\"";
        } else if (type == String.class || type == LocalDate.class) {
            problem = what + " phải là một giá trị đơn";
        } else {
            problem = what + " không đúng định dạng tệp kế hoạch";
        }
        return new PlanFileException(file, line, problem, e);
    }

    private static int line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
    }
}
