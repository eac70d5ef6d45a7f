package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a start form or a task's form may submit: the fields its Camunda Form shows (the components with
 * a {@code key}, in processes/*.form), and for a read-only field the value it shows. A REST client can
 * send any variable to a form or a task, and the engine stores it in the instance: a variable the form
 * does not show, or a read-only one changed, would change what an earlier step decided. Checked by
 * {@link EngineApiWriteGuard} for every person who is not an administrator, on both engine APIs; the
 * processes' own listeners (article/FormGuard) check the item's variables again against its record.
 *
 * @param keys     every field of the form
 * @param readOnly the read-only fields with the text they show (fields of other types are checked by the processes)
 */
public record SubmittedForm(Set<String> keys, Map<String, String> readOnly) {

    /** The form's unknown fields, named (at most five). */
    public static final String UNKNOWN_FIELDS = "Biểu mẫu không có trường %s.";
    /** The read-only fields that were changed, named. */
    public static final String NOT_CHANGEABLE = "Biểu mẫu này không được thay đổi: %s.";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why this body may not be submitted to this form, or null (no form, or no variables to judge: the engine's say). */
    static String refusalOf(JsonNode body, SubmittedForm form) {
        JsonNode variables = body == null ? null : body.get("variables");
        if (form == null || variables == null || !variables.isObject()) {
            return null;
        }
        List<String> unknown = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            String name = variable.getKey();
            if (!form.keys.contains(name)) {
                unknown.add(name);
            } else if (form.readOnly.containsKey(name)) {
                JsonNode value = variable.getValue() == null ? null : variable.getValue().get("value");
                if (value != null && value.isTextual() && !composed(value.asText()).equals(composed(form.readOnly.get(name)))) {
                    changed.add(name);
                }
            }
        }
        if (!unknown.isEmpty()) {
            List<String> shown = unknown.stream().limit(5).map(SubmittedForm::abbreviate).map(n -> "\"" + n + "\"").toList();
            return UNKNOWN_FIELDS.formatted(String.join(", ", shown) + (unknown.size() > 5 ? ", …" : ""));
        }
        return changed.isEmpty() ? null : NOT_CHANGEABLE.formatted(String.join(", ", changed));
    }

    /**
     * The start form of a definition given as in the API's path ({@code key/K}, {@code key/K/tenant-id/T}
     * or an id), read without the caller's permissions; null when the definition or its form is unknown.
     */
    static SubmittedForm startForm(ProcessEngine engine, String definition) {
        return withoutAuthorization(engine, () -> {
            ProcessDefinitionQuery query = engine.getRepositoryService().createProcessDefinitionQuery();
            if (definition.startsWith("key/")) {
                String[] parts = definition.split("/");
                query.processDefinitionKey(parts[1]).latestVersion();
                if (parts.length == 4) {
                    query.tenantIdIn(parts[3]);
                } else {
                    query.withoutTenantId();
                }
            } else {
                query.processDefinitionId(definition);
            }
            ProcessDefinition found = query.singleResult();
            if (found == null || !hasForm(engine.getFormService().getStartFormData(found.getId()))) {
                return null;
            }
            try (InputStream form = engine.getFormService().getDeployedStartForm(found.getId())) {
                return read(form);
            }
        });
    }

    /**
     * What may be submitted to a task, found in one command: whether the task is open, and if so its form.
     *
     * @param open whether the task is running (false when it is finished, deleted or unknown)
     * @param form the task's form with what its read-only fields show; null when not open or without a Camunda Form
     */
    record OfTask(boolean open, SubmittedForm form) {
    }

    /** Whether the task is open and its form, read in one command without the caller's permissions. */
    static OfTask taskForm(ProcessEngine engine, String taskId) {
        return withoutAuthorization(engine, () -> {
            Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
            if (task == null) {
                return new OfTask(false, null);
            }
            if (!hasForm(engine.getFormService().getTaskFormData(taskId))) {
                return new OfTask(true, null);
            }
            SubmittedForm form;
            try (InputStream in = engine.getFormService().getDeployedTaskForm(taskId)) {
                form = read(in);
            }
            Map<String, String> shown = new LinkedHashMap<>();
            // every read-only field's value in one read of the task's variables, not one per field
            Map<String, Object> values = form.readOnly.isEmpty() ? Map.of()
                    : engine.getTaskService().getVariables(taskId, form.readOnly.keySet());
            for (String field : form.readOnly.keySet()) {
                if (values.get(field) instanceof String text) {
                    shown.put(field, text);
                }
            }
            return new OfTask(true, new SubmittedForm(form.keys, shown));
        });
    }

    /** A Camunda Form (formRef or a camunda-forms: key), the only kind of form this project deploys. */
    private static boolean hasForm(FormData data) {
        return data != null && (data.getCamundaFormRef() != null
                || data.getFormKey() != null && data.getFormKey().startsWith("camunda-forms:"));
    }

    /** The keys of a Camunda Form's components, nested ones included; read-only ones mapped to "" for now. */
    private static SubmittedForm read(InputStream form) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        Map<String, String> readOnly = new LinkedHashMap<>();
        collect(JSON.readTree(form), keys, readOnly);
        return new SubmittedForm(keys, readOnly);
    }

    private static void collect(JsonNode node, Set<String> keys, Map<String, String> readOnly) {
        JsonNode components = node.get("components");
        if (components == null || !components.isArray()) {
            return;
        }
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
                if (component.path("readonly").asBoolean() || component.path("disabled").asBoolean()) {
                    readOnly.put(component.get("key").asText(), "");
                }
            }
            collect(component, keys, readOnly);
        }
    }

    /** Compared as a person reads them: stripped and composed (NFC), as the engine stores text. */
    private static String composed(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    private static String abbreviate(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }

    private interface Reading<T> {
        T read() throws Exception;
    }

    private static <T> T withoutAuthorization(ProcessEngine engine, Reading<T> reading) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> context.runWithoutAuthorization(() -> {
                    try {
                        return reading.read();
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException("The deployed form could not be read", e);
                    }
                }));
    }
}
