package vn.cchc.editorial.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our Vietnamese locale file of each Camunda webapp against the English one that Camunda ships in
 * {@code camunda-webapp-webjar} (the only other translation there is German): the same keys, none empty,
 * and the same {@code {{ placeholders }}}, so nothing falls back to English or shows a blank.
 */
class WebappLocalesTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");
    /** English's plural ending ("instance" + "s"); Vietnamese marks no plural, so its value is empty. */
    private static final String PLURAL_ENDING = "s";

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theVietnameseFileHasEveryEnglishKeyFilledWithTheSamePlaceholders(String app) throws IOException {
        Map<String, String> english = texts(app, "en");
        Map<String, String> vietnamese = texts(app, "vi");
        assertThat(english).as("Camunda's English file is on the classpath").hasSizeGreaterThan(100);

        assertThat(vietnamese.keySet()).as("keys of %s", app).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(vietnamese).allSatisfy((key, text) -> {
            if (!PLURAL_ENDING.equals(english.get(key))) {
                assertThat(text).as("%s.%s", app, key).isNotBlank();
            }
            assertThat(placeholders(text)).as("placeholders of %s.%s", app, key)
                    .isEqualTo(placeholders(english.get(key)));
        });
    }

    private Map<String, String> texts(String app, String language) throws IOException {
        String path = LOCALES.formatted(app, language);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            byte[] bytes = in.readAllBytes();
            int bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef ? 3 : 0;
            Map<String, String> texts = new LinkedHashMap<>();
            flatten("", json.readTree(new String(bytes, bom, bytes.length - bom, java.nio.charset.StandardCharsets.UTF_8)), texts);
            return texts;
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> flatten(prefix + field.getKey() + ".", field.getValue(), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + i + ".", node.get(i), into);
            }
        } else {
            into.put(prefix.substring(0, prefix.length() - 1), node.asText());
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
