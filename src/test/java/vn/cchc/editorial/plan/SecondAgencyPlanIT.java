package vn.cchc.editorial.plan;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.article.ChannelChoicesInFormsTest;
import vn.cchc.editorial.identity.TasklistFilter;
import vn.cchc.editorial.publication.Publication;
import vn.cchc.editorial.publication.PublicationRepository;
import vn.cchc.editorial.publication.PublicationStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * Another agency runs the same build with its own plan file (plans/second-agency/plan-2026.yaml: other
 * unit codes, its own Office's monitors, its own channels, UTC+8) and {@code cchc.plan.shipped=false}:
 * groups, grants, Tasklist filters, demo accounts, forms, the review's candidate group, the channel
 * gateway, the portal and the quota periods all follow that file, with no code change. Its own context and
 * in-memory database (profile demo only, also in the PostgreSQL run: the shared test database holds the
 * shipped plan's groups), run by failsafe in a JVM of its own: Camunda's REST API finds its engine in the
 * static registry, which a second engine in the shared test JVM would take over.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:cchc-second-agency;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "cchc.plan.shipped=false",
        "cchc.plan.directory=src/test/resources/plans/second-agency",
        "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=1000"
})
class SecondAgencyPlanIT {

    static final Path PLAN = Path.of("src/test/resources/plans/second-agency/plan-2026.yaml");

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    FilterService filters;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    PublicationRepository publications;
    @Autowired
    ArticleRepository articles;
    @Autowired
    Clock clock;

    @AfterEach
    void clockAsItWas() {
        ClockUtil.reset();
    }

    @Test
    void theUnitsOfThePlanAreTheGroupsAndNothingOfTheShippedPlanIs() {
        assertThat(identity.createGroupQuery().list()).extracting(Group::getId, Group::getName).contains(
                org.assertj.core.groups.Tuple.tuple("stp-van-phong", "Văn phòng Sở Tư pháp"),
                org.assertj.core.groups.Tuple.tuple("stp-phong-pbgdpl", "Phòng Phổ biến, giáo dục pháp luật"),
                org.assertj.core.groups.Tuple.tuple("stp-to-bien-tap", "Tổ Biên tập Trang TTĐT Sở Tư pháp"),
                org.assertj.core.groups.Tuple.tuple("stp-lanh-dao", "Lãnh đạo Sở Tư pháp"),
                org.assertj.core.groups.Tuple.tuple("stp-giam-sat", "Văn phòng Sở Tư pháp (giám sát kế hoạch)"));
        assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
                .doesNotContain("van-phong", "ban-bien-tap", "ban-giam-doc", "van-phong-theo-doi");
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Singapore"));
    }

    @Test
    void eachRoleOfThePlanGetsItsGrantsAndTheDemoAccountsJoinThePlansGroups() {
        assertThat(members("stp-to-bien-tap")).containsExactly("bbt.bientap");
        assertThat(members("stp-giam-sat")).containsExactly("vp.theodoi");
        assertThat(members("stp-lanh-dao")).containsExactly("bgd.giamdoc");
        // no author is listed for these units: each gets one named after it; the shipped plan's authors are not made
        assertThat(members("stp-van-phong")).containsExactly("stp-van-phong.tacgia");
        assertThat(members("stp-phong-pbgdpl")).containsExactly("stp-phong-pbgdpl.tacgia");
        assertThat(identity.createUserQuery().userId("vp.tacgia").count()).isZero();

        assertThat(may("vp.theodoi", "stp-giam-sat", ProcessDefinitionPermissions.CREATE_INSTANCE, "CommunicationPlanProcess")).isTrue();
        assertThat(may("stp-van-phong.tacgia", "stp-van-phong", ProcessDefinitionPermissions.CREATE_INSTANCE, "CommunicationPlanProcess")).isFalse();
        assertThat(may("stp-van-phong.tacgia", "stp-van-phong", ProcessDefinitionPermissions.CREATE_INSTANCE, "ArticlePublicationProcess")).isTrue();
        assertThat(may("bbt.bientap", "stp-to-bien-tap", ProcessDefinitionPermissions.READ_INSTANCE, "ArticlePublicationProcess")).isTrue();
        assertThat(may("bbt.bientap", "stp-to-bien-tap", ProcessDefinitionPermissions.CREATE_INSTANCE, "ArticlePublicationProcess")).isFalse();
        assertThat(authorizations.isUserAuthorized("vp.theodoi", List.of("stp-giam-sat"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isTrue();
        assertThat(authorizations.isUserAuthorized("stp-van-phong.tacgia", List.of("stp-van-phong"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isFalse();
    }

    @Test
    void theFormsOfferThePlansChannelsAndOnlyThose() {
        RestClient author = new RestClient(port, "stp-van-phong.tacgia");
        ResponseEntity<String> form = author.get("/engine-rest/process-definition/key/ArticlePublicationProcess/deployed-start-form");
        assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(200);
        assertThat(ChannelChoicesInFormsTest.options(author.json(form), "channels")).containsExactly(
                "TRANG_TTDT_STP=Trang thông tin điện tử Sở Tư pháp",
                "TRANG_CCHC_TINH=Trang CCHC của tỉnh",
                "BAN_TIN_TU_PHAP=Bản tin Tư pháp");

        // the shipped plan's channel is no channel here
        ResponseEntity<String> refused = author.post(Items.START, variables("title", "Tin kênh lạ", "String",
                "content", "<p>Nội dung.</p>", "String", "topic", "T11", "String", "kind", "NEWS", "String",
                "channels", "[\"DEPARTMENT_PORTAL\"]", "Json"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(author.json(refused).get("message").asText()).contains("Kênh đăng \"DEPARTMENT_PORTAL\" không tồn tại.");
    }

    @Test
    void anItemGoesToThePlansBoardThenToThePlansOwnChannelAndItsHandOffChannel() {
        RestClient author = new RestClient(port, "stp-van-phong.tacgia");
        RestClient board = author.as("bbt.bientap");
        String item = Items.start(author, "Tin của Sở Tư pháp", "[\"TRANG_TTDT_STP\", \"BAN_TIN_TU_PHAP\"]");

        String review = Items.taskOf(board, item, "Task_ReviewArticle");
        assertThat(review).isNotNull();
        assertThat(tasks.getIdentityLinksForTask(review)).extracting(link -> link.getGroupId()).contains("stp-to-bien-tap");
        String awaitingReview = filters.createTaskFilterQuery().filterName(TasklistFilter.AWAITING_REVIEW.displayName())
                .singleResult().getId();
        assertThat(board.json(board.post("/engine-rest/filter/" + awaitingReview + "/list", Map.of())).findValuesAsText("id"))
                .contains(review);

        Items.approve(board, item);
        long articleId = articles.findByProcessInstanceId(item).orElseThrow().getId();
        assertThat(await().atMost(Duration.ofSeconds(60)).until(() -> publications.findByArticleId(articleId), found -> found.size() == 2)).extracting(Publication::getChannel, Publication::getStatus)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("TRANG_TTDT_STP", PublicationStatus.PUBLISHED),
                        org.assertj.core.groups.Tuple.tuple("BAN_TIN_TU_PHAP", PublicationStatus.HANDED_OFF));
        assertThat(new RestClient(port, null).get("/portal").getBody()).contains("Tin của Sở Tư pháp");

        String decision = await().atMost(Duration.ofSeconds(60)).until(
                () -> Items.taskOf(board, item, "Task_RecordProvincialDecision"), id -> id != null);
        assertThat(tasks.getIdentityLinksForTask(decision)).extracting(link -> link.getGroupId()).contains("stp-to-bien-tap");
        assertThat(tasks.getVariable(decision, "channelName")).isEqualTo("Bản tin Tư pháp");
    }

    @Test
    void theOfficeStartsTheYearAndThePeriodsAreThePlansInItsTimeZone() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-01-05T09:00:00+08:00").toInstant()));
        RestClient office = new RestClient(port, "vp.theodoi");
        ResponseEntity<String> started = office.post("/engine-rest/process-definition/key/CommunicationPlanProcess/submit-form",
                variables("year", "2026", "String"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String plan = office.json(started).get("id").asText();
        try {
            VariableInstance january = await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(plan).variableName("periodLabel").list().stream()
                    .filter(v -> "tháng 1/2026".equals(v.getValue())).findFirst().orElse(null), v -> v != null);
            Map<String, Object> period = new java.util.HashMap<>();
            runtime.createVariableInstanceQuery().executionIdIn(january.getExecutionId()).list()
                    .forEach(v -> period.put(v.getName(), v.getValue()));
            assertThat(period).containsEntry("leadUnit", "stp-van-phong").containsEntry("channel", "TRANG_TTDT_STP")
                    .containsEntry("channelName", "Trang thông tin điện tử Sở Tư pháp").containsEntry("minimum", 2);
            // the 20th, 23:59:59 in the plan's zone (UTC+8), not Vietnam's
            assertThat(((Date) period.get("deadline")).toInstant())
                    .isEqualTo(OffsetDateTime.parse("2026-01-20T23:59:59+08:00").toInstant());
            // reminded 4 working days before Tuesday 20 January and judged the next working morning, at 08:00 there
            assertThat(((Date) period.get("reminderAt")).toInstant())
                    .isEqualTo(OffsetDateTime.parse("2026-01-14T08:00:00+08:00").toInstant());
            assertThat(((Date) period.get("judgedAt")).toInstant())
                    .isEqualTo(OffsetDateTime.parse("2026-01-21T08:00:00+08:00").toInstant());
            assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(plan).variableName("channel").list())
                    .extracting(VariableInstance::getValue).doesNotContain("DEPARTMENT_PORTAL").contains("BAN_TIN_TU_PHAP");
        } finally {
            runtime.deleteProcessInstance(plan, "test", true, true);
        }
    }

    @Test
    void aFourthChannelTheApplicationCannotServeIsRefusedWhenThePlanLoadsWithItsLine(@TempDir Path directory) throws IOException {
        String plan = Files.readString(PLAN);
        String channels = plan.substring(0, plan.indexOf("quotas:"));
        int line = (int) channels.lines().count() + 1;

        Files.writeString(directory.resolve("plan-2026.yaml"), plan.replace("quotas:", """
                  - code: BAN_TIN_IN
                    name: Bản tin in
                    publication: PRINT
                quotas:"""));
        assertThatThrownBy(() -> new PlanCatalog(directory, false)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("dòng " + (line + 2)).hasMessageContaining("PRINT");

        // a second channel that the department posts itself: there is one portal to post to
        Files.writeString(directory.resolve("plan-2026.yaml"), plan.replace("quotas:", """
                  - code: CONG_TTDT_TINH
                    name: Cổng TTĐT tỉnh
                    publication: DIRECT
                quotas:"""));
        assertThatThrownBy(() -> new PlanCatalog(directory, false)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("dòng " + (line + 2)).hasMessageContaining("kênh DIRECT thứ hai");
    }

    private List<String> members(String group) {
        return identity.createUserQuery().memberOfGroup(group).list().stream().map(u -> u.getId()).toList();
    }

    private boolean may(String user, String group, org.camunda.bpm.engine.authorization.Permission permission, String definition) {
        return authorizations.isUserAuthorized(user, List.of(group), permission, Resources.PROCESS_DEFINITION, definition);
    }

}
