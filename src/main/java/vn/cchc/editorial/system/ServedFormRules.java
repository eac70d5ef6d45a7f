package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Camunda Form as Tasklist fetches it ({@code GET .../task/{id}/deployed-form},
 * {@code .../process-definition/{id}/deployed-start-form}, on both engine APIs) carries the server's own rules
 * for its fields ({@link FormFieldRules}, each module's): each field a person fills in gets {@code validate.required}
 * and {@code validate.maxLength} from them, and {@code {maxLength}} (or another limit the rule names) in its
 * description is that limit. So form-js
 * checks in the browser what the server will check, from one source; processes/*.form write no limit themselves
 * (FormRulesTest). Read-only fields are left as they are.
 */
public final class ServedFormRules implements ContainerResponseFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEPLOYED_FORM = Pattern.compile("(?:^|/)(?:task/[^/]+/deployed-form|process-definition/.+/deployed-start-form)$");
    private static volatile Map<String, FormFieldRules.Rule> rules = Map.of();

    /** Set from the modules' beans when the application starts (RestApiConfiguration): Jersey creates this class, not Spring. */
    static void useRules(List<FormFieldRules> modules) {
        Map<String, FormFieldRules.Rule> all = new HashMap<>();
        modules.forEach(module -> module.rules().forEach((key, rule) -> all.merge(key, rule, FormFieldRules.Rule::with)));
        rules = Map.copyOf(all);
    }

    /** The rules in force, by form field key. */
    public static Map<String, FormFieldRules.Rule> rules() {
        return rules;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()
                || !DEPLOYED_FORM.matcher(request.getUriInfo().getPath()).find()) {
            return;
        }
        byte[] form = bytesOf(response.getEntity());
        if (form == null) {
            return;
        }
        response.setEntity(withRules(form, rules));
    }

    /** The form with the rules written into its fields; as it was when it is not a Camunda Form's JSON. */
    static byte[] withRules(byte[] form, Map<String, FormFieldRules.Rule> rules) {
        JsonNode schema;
        try {
            schema = JSON.readTree(form);
        } catch (IOException notJson) {
            return form;
        }
        if (schema == null || !schema.has("components")) {
            return form;
        }
        apply(schema, rules);
        try {
            return JSON.writeValueAsBytes(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void apply(JsonNode node, Map<String, FormFieldRules.Rule> rules) {
        for (JsonNode component : node.path("components")) {
            FormFieldRules.Rule rule = component.hasNonNull("key") ? rules.get(component.get("key").asText()) : null;
            if (rule != null && component instanceof ObjectNode field
                    && !field.path("readonly").asBoolean() && !field.path("disabled").asBoolean()) {
                ObjectNode validate = field.has("validate") && field.get("validate").isObject()
                        ? (ObjectNode) field.get("validate") : field.putObject("validate");
                if (rule.required()) {
                    validate.put("required", true);
                }
                if (rule.maxLength() != null) {
                    validate.put("maxLength", rule.maxLength());
                }
                if (field.path("description").isTextual()) {
                    String description = field.get("description").asText();
                    if (rule.maxLength() != null) {
                        description = description.replace("{maxLength}", rule.maxLength().toString());
                    }
                    for (Map.Entry<String, Object> word : rule.words().entrySet()) {
                        description = description.replace("{" + word.getKey() + "}", String.valueOf(word.getValue()));
                    }
                    field.put("description", description);
                }
            }
            apply(component, rules);
        }
    }

    private static byte[] bytesOf(Object entity) throws IOException {
        if (entity instanceof byte[] bytes) return bytes;
        if (entity instanceof String text) return text.getBytes(StandardCharsets.UTF_8);
        if (entity instanceof InputStream in) {
            try (in) {
                return in.readAllBytes();
            }
        }
        return null;
    }
}
