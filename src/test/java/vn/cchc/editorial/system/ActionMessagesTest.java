package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist tells a person what their action did in their terms (tasklist/vi-forms/action-messages.json, shown by
 * form-help.js): every start form and task form of processes/ has its message, a task that decides has one per
 * choice of its decision's field, and every field is found where the script looks for it.
 */
class ActionMessagesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String MESSAGES = "META-INF/resources/webjars/camunda/app/tasklist/vi-forms/action-messages.json";

    @Test
    void everyStartFormAndTaskFormSaysWhatItsActionDid() throws IOException {
        JsonNode messages = read(new PathMatchingResourcePatternResolver().getResource("classpath:" + MESSAGES));
        Map<String, JsonNode> forms = forms();
        List<String> covered = new ArrayList<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
            BpmnModelInstance model;
            try (InputStream in = file.getInputStream()) {
                model = Bpmn.readModelFromStream(in);
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null && start.getParentElement() instanceof Process process) {
                    assertThat(messages.path("start").path(process.getId()).asText(""))
                            .as("the message after starting %s", process.getId()).startsWith("Đã ");
                    covered.add(process.getId());
                }
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (task.getCamundaFormRef() == null) continue;
                JsonNode entry = messages.path("task").path(task.getId());
                assertThat(entry.isMissingNode()).as("a message after completing %s", task.getId()).isFalse();
                if (entry.isObject()) {
                    JsonNode form = forms.get(task.getCamundaFormRef());
                    JsonNode decision = component(form, entry.get("field").asText());
                    assertThat(decision).as("%s's decision field in %s", task.getId(), task.getCamundaFormRef()).isNotNull();
                    for (JsonNode choice : decision.path("values")) {
                        assertThat(entry.path(choice.get("value").asText()).asText(""))
                                .as("%s chosen on %s", choice.get("value"), task.getId()).startsWith("Đã ");
                    }
                } else {
                    assertThat(entry.asText()).startsWith("Đã ");
                }
                covered.add(task.getId());
            }
        }
        assertThat(covered).contains("ArticlePublicationProcess", "Task_ReviewArticle", "Task_ReviseArticle",
                "Task_SubmitMonthlyReport", "Task_InterveneInReview");
    }

    @Test
    void everyFieldIsNamedAfterItsKeyWhereTheScriptFindsIt() throws IOException {
        for (Map.Entry<String, JsonNode> form : forms().entrySet()) {
            List<JsonNode> keyed = new ArrayList<>();
            collect(form.getValue(), keyed);
            for (JsonNode component : keyed) {
                assertThat(component.path("id").asText()).as("a field of %s", form.getKey())
                        .isEqualTo("Field_" + component.get("key").asText());
            }
        }
    }

    static Map<String, JsonNode> forms() throws IOException {
        Map<String, JsonNode> forms = new HashMap<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.form")) {
            JsonNode form = read(file);
            forms.put(form.get("id").asText(), form);
        }
        return forms;
    }

    private static JsonNode component(JsonNode form, String key) {
        List<JsonNode> keyed = new ArrayList<>();
        collect(form, keyed);
        return keyed.stream().filter(c -> c.get("key").asText().equals(key)).findFirst().orElse(null);
    }

    private static void collect(JsonNode node, List<JsonNode> keyed) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("key")) keyed.add(component);
            collect(component, keyed);
        }
    }

    private static JsonNode read(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return JSON.readTree(in);
        }
    }
}
