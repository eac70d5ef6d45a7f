package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.RestClient.variables;

/** The shared filters list what Tasklist shows each user: their own tasks, and their groups' tasks. */
@ApplicationTest
class TasklistFiltersTest {

    @LocalServerPort
    int port;

    @Test
    void theBoardsGroupFilterListsTheReviewAndTheAuthorsDoesNot() {
        RestClient author = new RestClient(port, "vp.tacgia");
        RestClient board = author.as("bbt.bientap");
        String title = "Tin chờ Ban Biên tập " + System.nanoTime();
        ResponseEntity<String> started = author.post("/engine-rest/process-definition/key/ArticlePublicationProcess/submit-form",
                variables("title", title, "String", "content", "<p>Nội dung.</p>", "String", "topic", "T01", "String",
                        "kind", "NEWS", "String", "channels", "[\"DEPARTMENT_PORTAL\"]", "Json"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);

        assertThat(taskNames(board, TasklistFilters.MY_GROUP_TASKS)).contains("Duyệt tin bài: " + title);
        assertThat(taskNames(author, TasklistFilters.MY_GROUP_TASKS)).doesNotContain("Duyệt tin bài: " + title);
        assertThat(taskNames(board, TasklistFilters.MY_TASKS)).doesNotContain("Duyệt tin bài: " + title);
    }

    @Test
    void eachFilterExistsOnceAndEveryoneMayReadIt() {
        RestClient author = new RestClient(port, "vp.tacgia");
        for (String name : List.of(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUP_TASKS)) {
            assertThat(author.json(author.get("/engine-rest/filter?resourceType=Task&name=" + name))).hasSize(1);
            assertThat(author.json(author.get("/engine-rest/authorization?resourceType=5&userIdIn=*&resourceId="
                    + filterId(author, name))).get(0).get("permissions").toString()).contains("READ");
        }
    }

    private static List<String> taskNames(RestClient user, String filter) {
        JsonNode tasks = user.json(user.get("/engine-rest/filter/" + filterId(user, filter) + "/list"));
        List<String> names = new ArrayList<>();
        tasks.forEach(task -> names.add(task.get("name").asText()));
        return names;
    }

    private static String filterId(RestClient user, String name) {
        return user.json(user.get("/engine-rest/filter?resourceType=Task&name=" + name)).get(0).get("id").asText();
    }
}
