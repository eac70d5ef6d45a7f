package vn.cchc.editorial.identity;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.WebappSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.editorial.RestClient.variables;

/** Who may see and do what, through the REST API and the webapps' login, as the demo users (docs/security.md). */
@ApplicationTest
class AuthorizationTest {

    @LocalServerPort
    int port;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;

    RestClient vpAuthor;
    RestClient cdsAuthor;
    RestClient ttbcxbAuthor;
    RestClient board;
    RestClient office;
    RestClient directors;
    RestClient admin;

    @BeforeEach
    void logIn() {
        vpAuthor = new RestClient(port, "vp.tacgia");
        cdsAuthor = vpAuthor.as("cds.tacgia");
        ttbcxbAuthor = vpAuthor.as("ttbcxb.tacgia");
        board = vpAuthor.as("bbt.bientap");
        office = vpAuthor.as("vp.theodoi");
        directors = vpAuthor.as("bgd.giamdoc");
        admin = vpAuthor.as("admin");
    }

    /** A second member of the unit, made once for the shared test database. */
    private RestClient colleagueOf(String author, String unit) {
        String id = author + ".dongnghiep";
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName("Đồng");
            user.setLastName("Nghiệp");
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(id, unit);
        }
        return vpAuthor.as(id);
    }

    @Test
    void anonymousCallsToTheEngineApiAreRefused() {
        ResponseEntity<String> answer = new RestClient(port, null).get("/engine-rest/task");
        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void anAuthorSeesTheirUnitsItemAndNoOtherUnitDoes() {
        // not van-phong: the Office reads every item anyway
        String item = startItem(cdsAuthor, "Tin của Phòng Chuyển đổi số");

        assertThat(cdsAuthor.get("/engine-rest/process-instance/" + item).getStatusCode().value()).isEqualTo(200);
        assertThat(cdsAuthor.get("/engine-rest/history/process-instance/" + item).getStatusCode().value()).isEqualTo(200);
        assertThat(cdsAuthor.get("/engine-rest/process-instance/" + item + "/variables/title").getStatusCode().value()).isEqualTo(200);
        assertThat(ids(cdsAuthor.get("/engine-rest/process-instance?processDefinitionKey=ArticlePublicationProcess"))).contains(item);

        assertThat(ttbcxbAuthor.get("/engine-rest/process-instance/" + item).getStatusCode().value()).isEqualTo(404);
        assertThat(ttbcxbAuthor.get("/engine-rest/history/process-instance/" + item).getStatusCode().value()).isEqualTo(404);
        assertThat(ids(ttbcxbAuthor.get("/engine-rest/process-instance?processDefinitionKey=ArticlePublicationProcess"))).doesNotContain(item);
        assertThat(ttbcxbAuthor.get("/engine-rest/process-instance/" + item + "/variables/title").getStatusCode().value()).isIn(403, 404);
    }

    @Test
    void aUnitStillSeesItsItemOnceItHasEnded() {
        String item = startItem(cdsAuthor, "Tin bị từ chối");
        decideReview(item, "REJECT", "Không phù hợp chủ đề.");

        assertThat(cdsAuthor.get("/engine-rest/process-instance/" + item).getStatusCode().value()).isEqualTo(404);
        assertThat(cdsAuthor.json(cdsAuthor.get("/engine-rest/history/process-instance/" + item)).get("state").asText())
                .isEqualTo("COMPLETED");
        assertThat(ttbcxbAuthor.get("/engine-rest/history/process-instance/" + item).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anotherUnitCanNeitherSeeNorCompleteARevisionTask() {
        String item = startItem(vpAuthor, "Tin cần sửa");
        decideReview(item, "REVISE", "Bổ sung số liệu.");
        String revise = onlyTask(vpAuthor, item, "Task_ReviseArticle");

        assertThat(ttbcxbAuthor.json(ttbcxbAuthor.get("/engine-rest/task?processInstanceId=" + item))).isEmpty();
        assertThat(ttbcxbAuthor.get("/engine-rest/task/" + revise).getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> completed = ttbcxbAuthor.post("/engine-rest/task/" + revise + "/submit-form",
                variables("title", "Chen ngang", "String", "content", "<p>x</p>", "String"));
        assertThat(completed.getStatusCode().value()).isEqualTo(403);
        assertThat(ttbcxbAuthor.json(completed).get("userId").asText()).isEqualTo("ttbcxb.tacgia");
        assertThat(ttbcxbAuthor.json(completed).get("message").asText()).startsWith("Bạn không có quyền").contains("TASK_WORK");

        // still open, still the author's
        assertThat(vpAuthor.get("/engine-rest/task/" + revise).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theAuthorsUnitSeesTheRevisionTaskInItsUnitFilter() {
        String item = startItem(vpAuthor, "Tin của đơn vị");
        decideReview(item, "REVISE", "Sửa tiêu đề.");
        String revise = onlyTask(vpAuthor, item, "Task_ReviseArticle");

        // a colleague in the author's unit (the Office's monitors are not in it: they have a group of their own)
        assertThat(filterTaskIds(colleagueOf("vp.tacgia", "van-phong"), TasklistFilter.UNIT_TASKS)).contains(revise);
        assertThat(filterTaskIds(office, TasklistFilter.UNIT_TASKS)).doesNotContain(revise);
        assertThat(filterTaskIds(vpAuthor, TasklistFilter.MY_TASKS)).contains(revise);
        assertThat(filterTaskIds(ttbcxbAuthor, TasklistFilter.UNIT_TASKS)).doesNotContain(revise);
    }

    @Test
    void anAuthorCannotDecideAReview() {
        String item = startItem(vpAuthor, "Tin chờ duyệt");
        String review = reviewTask(item);

        assertThat(cdsAuthor.get("/engine-rest/task/" + review).getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> decided = cdsAuthor.post("/engine-rest/task/" + review + "/submit-form",
                variables("reviewDecision", "APPROVE", "String"));
        assertThat(decided.getStatusCode().value()).isEqualTo(403);
        assertThat(cdsAuthor.json(decided).get("message").asText()).isNotBlank();
        assertThat(cdsAuthor.post("/engine-rest/task/" + review + "/claim", Map.of("userId", "cds.tacgia"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(board.get("/engine-rest/task/" + review).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void everyonesFirstFilterListsTheirWaitingWorkAndNotOthers() {
        String item = startItem(vpAuthor, "Tin chờ việc");
        String review = reviewTask(item);
        assertThat(filterTaskIds(board, TasklistFilter.WAITING_FOR_ME)).contains(review);
        assertThat(filterTaskIds(vpAuthor, TasklistFilter.WAITING_FOR_ME)).doesNotContain(review);

        decideReview(item, "REVISE", "Bổ sung nguồn.");
        String revise = onlyTask(vpAuthor, item, "Task_ReviseArticle");
        assertThat(filterTaskIds(vpAuthor, TasklistFilter.WAITING_FOR_ME)).contains(revise);
        assertThat(filterTaskIds(board, TasklistFilter.WAITING_FOR_ME)).doesNotContain(revise);
        assertThat(filterTaskIds(cdsAuthor, TasklistFilter.WAITING_FOR_ME)).doesNotContain(revise);
    }

    @Test
    void theBoardSeesEveryReviewTaskAndDecidesIt() {
        String fromVp = startItem(vpAuthor, "Tin Văn phòng gửi duyệt");
        String fromCds = startItem(cdsAuthor, "Tin Phòng CĐS gửi duyệt");

        List<String> awaiting = filterTaskIds(board, TasklistFilter.AWAITING_REVIEW);
        assertThat(awaiting).contains(reviewTask(fromVp), reviewTask(fromCds));
        assertThat(filterTaskIds(board, TasklistFilter.UNIT_TASKS)).contains(reviewTask(fromCds));

        ResponseEntity<String> claimed = board.post("/engine-rest/task/" + reviewTask(fromCds) + "/claim", Map.of("userId", "bbt.bientap"));
        assertThat(claimed.getStatusCode().value()).as(claimed.getBody()).isEqualTo(204);
        decideReview(fromCds, "REJECT", "Trùng nội dung.");
        assertThat(board.get("/engine-rest/history/process-instance/" + fromCds).getBody()).contains("COMPLETED");
    }

    @Test
    void theBoardCannotHandAReviewToSomeoneElse() {
        String item = startItem(vpAuthor, "Tin không được giao lại");
        String review = reviewTask(item);

        assertThat(board.post("/engine-rest/task/" + review + "/assignee", Map.of("userId", "cds.tacgia"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(board.post("/engine-rest/task/" + review + "/identity-links",
                Map.of("groupId", "phong-cds", "type", "candidate")).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void onlyAuthorsStartItems() {
        assertThat(startableKeys(vpAuthor)).contains("ArticlePublicationProcess");
        assertThat(startableKeys(cdsAuthor)).contains("ArticlePublicationProcess");
        assertThat(startableKeys(board)).doesNotContain("ArticlePublicationProcess");
        assertThat(startableKeys(directors)).doesNotContain("ArticlePublicationProcess");

        ResponseEntity<String> started = board.post("/engine-rest/process-definition/key/ArticlePublicationProcess/submit-form",
                variables("title", "Ban Biên tập tự viết", "String"));
        assertThat(started.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theOfficeAndTheDirectorsReadEveryInstanceButDecideNothing() {
        String item = startItem(cdsAuthor, "Tin Phòng CĐS để Văn phòng theo dõi");

        assertThat(ids(office.get("/engine-rest/process-instance?processDefinitionKey=ArticlePublicationProcess"))).contains(item);
        assertThat(ids(office.get("/engine-rest/history/process-instance?processDefinitionKey=ArticlePublicationProcess"))).contains(item);
        assertThat(office.get("/engine-rest/process-instance/" + item + "/variables/content").getStatusCode().value()).isEqualTo(200);
        assertThat(ids(office.get("/engine-rest/task?processInstanceId=" + item))).hasSize(1);
        assertThat(ids(directors.get("/engine-rest/process-instance?processDefinitionKey=ArticlePublicationProcess"))).contains(item);
        assertThat(ids(directors.get("/engine-rest/history/process-instance?processDefinitionKey=ArticlePublicationProcess"))).contains(item);

        String review = reviewTask(item);
        for (RestClient reader : List.of(office, directors)) {
            assertThat(reader.post("/engine-rest/task/" + review + "/submit-form", variables("reviewDecision", "APPROVE", "String"))
                    .getStatusCode().value()).isEqualTo(403);
        }
        assertThat(office.exchange(org.springframework.http.HttpMethod.DELETE, "/engine-rest/process-instance/" + item, null)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theOfficeMayStartTheYearsPlanAndNoUnitMay() {
        assertThat(authorizationService.isUserAuthorized("vp.theodoi", List.of("van-phong-theo-doi"),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "CommunicationPlanProcess")).isTrue();
        // the Office's authors are authors: the monitors' rights are not theirs
        assertThat(authorizationService.isUserAuthorized("vp.tacgia", List.of("van-phong"),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "CommunicationPlanProcess")).isFalse();
        assertThat(authorizationService.isUserAuthorized("cds.tacgia", List.of("phong-cds"),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "CommunicationPlanProcess")).isFalse();
        assertThat(authorizationService.isUserAuthorized("bgd.giamdoc", List.of("ban-giam-doc"),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "CommunicationPlanProcess")).isFalse();
    }

    @Test
    void eachRoleOpensOnlyItsWebapps() {
        assertThat(apps("cds.tacgia")).containsExactlyInAnyOrder("tasklist", "welcome");
        assertThat(apps("bbt.bientap")).containsExactlyInAnyOrder("tasklist", "welcome");
        assertThat(apps("bgd.giamdoc")).containsExactlyInAnyOrder("tasklist", "welcome");
        assertThat(apps("vp.theodoi")).containsExactlyInAnyOrder("tasklist", "cockpit", "welcome");
        assertThat(apps("admin")).contains("admin", "cockpit", "tasklist");
    }

    @Test
    void theAdministratorUsesAdmin() {
        assertThat(admin.get("/engine-rest/user?memberOfGroup=ban-bien-tap").getBody()).contains("bbt.bientap");
        assertThat(admin.get("/engine-rest/authorization?groupIdIn=van-phong").getStatusCode().value()).isEqualTo(200);

        WebappSession session = WebappSession.logIn(port, "admin", "demo");
        assertThat(session.get("/camunda/api/engine/engine/default/group/count").statusCode()).isEqualTo(200);
        assertThat(session.get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);

        // nobody else administers
        assertThat(office.get("/engine-rest/authorization?groupIdIn=van-phong").getBody()).isEqualTo("[]");
        assertThat(office.post("/engine-rest/group/create", Map.of("id", "nhom-moi", "name", "Nhóm mới")).getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    void eachGroupSeesTheFiltersItNeeds() {
        assertThat(filterNames(cdsAuthor)).containsExactly("Việc cần làm", "Việc của tôi", "Việc của đơn vị", "Quá hạn");
        assertThat(filterNames(board)).containsExactly("Việc cần làm", "Việc của tôi", "Việc của đơn vị", "Chờ duyệt", "Quá hạn");
        assertThat(filterNames(office)).containsExactly("Việc cần làm", "Việc của tôi", "Việc của đơn vị", "Chờ duyệt", "Quá hạn");
        assertThat(filterNames(directors)).containsExactly("Việc cần làm", "Việc của tôi", "Việc của đơn vị", "Quá hạn");
        assertThat(filterService.createTaskFilterQuery().filterName("Chờ duyệt").count()).isEqualTo(1);
    }

    // helpers

    static String startItem(RestClient author, String title) {
        ResponseEntity<String> started = author.post("/engine-rest/process-definition/key/ArticlePublicationProcess/submit-form",
                variables("title", title + " " + System.nanoTime(), "String",
                        "summary", "", "String",
                        "content", "<p>Nội dung.</p>", "String",
                        "topic", "T02", "String",
                        "kind", "NEWS", "String",
                        "channels", "[\"PROVINCIAL_PORTAL\"]", "Json"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        return author.json(started).get("id").asText();
    }

    String reviewTask(String item) {
        return onlyTask(board, item, "Task_ReviewArticle");
    }

    void decideReview(String item, String decision, String comment) {
        ResponseEntity<String> decided = board.post("/engine-rest/task/" + reviewTask(item) + "/submit-form",
                variables("reviewDecision", decision, "String", "reviewComment", comment, "String"));
        assertThat(decided.getStatusCode().value()).as(decided.getBody()).isEqualTo(204);
    }

    static String onlyTask(RestClient client, String item, String key) {
        JsonNode tasks = client.json(client.get("/engine-rest/task?processInstanceId=" + item + "&taskDefinitionKey=" + key));
        assertThat(tasks).as("%s's tasks %s of %s", key, tasks, item).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    List<String> filterTaskIds(RestClient client, TasklistFilter filter) {
        String id = filterService.createTaskFilterQuery().filterName(filter.displayName()).singleResult().getId();
        return ids(client.post("/engine-rest/filter/" + id + "/list?maxResults=1000", Map.of()));
    }

    /** The filters the client may read, in Tasklist's order: by their stored "priority" property. */
    static List<String> filterNames(RestClient client) {
        List<JsonNode> filters = new ArrayList<>();
        client.json(client.get("/engine-rest/filter?resourceType=Task")).forEach(filters::add);
        filters.sort(java.util.Comparator.comparingInt(f -> f.get("properties").get("priority").asInt()));
        return filters.stream().map(f -> f.get("name").asText()).toList();
    }

    static List<String> startableKeys(RestClient client) {
        List<String> keys = new ArrayList<>();
        client.json(client.get("/engine-rest/process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true"))
                .forEach(d -> keys.add(d.get("key").asText()));
        return keys;
    }

    List<String> apps(String user) {
        List<String> apps = new ArrayList<>();
        WebappSession.logIn(port, user, "demo").login().get("authorizedApps").forEach(a -> apps.add(a.asText()));
        return apps;
    }

    static List<String> ids(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.getBody()).forEach(n -> ids.add(n.get("id").asText()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return ids;
    }
}
