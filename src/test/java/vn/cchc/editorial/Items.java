package vn.cchc.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.RestClient.variables;

/** An item's steps as the demo users take them through the REST API. */
public final class Items {

    public static final String START = "/engine-rest/process-definition/key/ArticlePublicationProcess/submit-form";

    private Items() {
    }

    /** The author sends a new item from the start form; returns its process instance id. */
    public static String start(RestClient author, String title, String channelsJson) {
        ResponseEntity<String> started = author.post(START,
                variables("title", title, "String",
                        "summary", "Sapo của tin.", "String",
                        "content", "<p>Nội dung <b>tin</b>.</p>", "String",
                        "topic", "T11", "String",
                        "kind", "NEWS", "String",
                        "channels", channelsJson, "Json"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        return author.json(started).get("id").asText();
    }

    /** The open task of this key for the item, as the given user finds it, or null. */
    public static String taskOf(RestClient user, String processInstanceId, String taskKey) {
        JsonNode tasks = user.json(user.get("/engine-rest/task?processInstanceId=" + processInstanceId
                + "&taskDefinitionKey=" + taskKey));
        return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
    }

    public static ResponseEntity<String> decide(RestClient board, String taskId, String decision, String comment) {
        return comment == null
                ? board.post("/engine-rest/task/" + taskId + "/submit-form", variables("reviewDecision", decision, "String"))
                : board.post("/engine-rest/task/" + taskId + "/submit-form",
                variables("reviewDecision", decision, "String", "reviewComment", comment, "String"));
    }

    /** The board approves the item's pending review. */
    public static void approve(RestClient board, String processInstanceId) {
        ResponseEntity<String> approved = decide(board, taskOf(board, processInstanceId, "Task_ReviewArticle"), "APPROVE", null);
        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(204);
    }
}
