package vn.cchc.editorial.quota;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * The year's plan runs once, by the database's key and not by a query before the start: two members of
 * the Office starting 2024 at the same moment get one plan and one 409, and nothing of the refused start
 * is left. {@link PlanStartsMeet} makes the moment the same: both starts are inside Task_OpenPlan, their
 * transactions open, before either claims the year.
 */
@ApplicationTest
class PlanStartedOnceTest {

    static final String START = "/engine-rest/process-definition/key/CommunicationPlanProcess/submit-form";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;

    @BeforeEach
    @AfterEach
    void noPlanFor2024() {
        PlanStartsMeet.disarm();
        // the job executor may be judging the plan's past deadlines: delete again until it is gone
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            runtime.createProcessInstanceQuery().processDefinitionKey(OpenPlan.PROCESS_KEY).processInstanceBusinessKey("2024")
                    .list().forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test", true, true));
            return plans2024() == 0;
        });
        assertThat(planRun2024()).as("the year is released with its instance").isEmpty();
    }

    @RepeatedTest(2)
    void twoOfficeMembersStartingTheYearAtTheSameMomentMakeOnePlan() throws Exception {
        PlanStartsMeet.arm(2);
        List<ResponseEntity<String>> answers = startTogether(new RestClient(port, "vp.theodoi"),
                new RestClient(port, secondOfficeMonitor()));
        PlanStartsMeet.disarm();

        List<ResponseEntity<String>> sorted = answers.stream()
                .sorted(Comparator.comparingInt(a -> a.getStatusCode().value())).toList();
        assertThat(sorted.get(0).getStatusCode().value()).as(sorted.get(0).getBody()).isEqualTo(200);
        assertThat(sorted.get(1).getStatusCode().value()).as(sorted.get(1).getBody()).isEqualTo(409);
        RestClient reader = new RestClient(port, "vp.theodoi");
        assertThat(reader.json(sorted.get(1)).get("message").asText()).startsWith("Kế hoạch năm 2024 đã được bắt đầu");

        String winner = reader.json(sorted.get(0)).get("id").asText();
        assertThat(plans2024()).isEqualTo(1);
        assertThat(planRun2024()).containsExactly(winner);
        // nothing of the refused start: every execution of the process belongs to the one plan
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_ "
                + "where d.KEY_ = ? and e.PROC_INST_ID_ <> ?", Long.class, OpenPlan.PROCESS_KEY, winner)).isZero();
    }

    @Test
    void aPlanWhoseInstanceIsDeletedReleasesItsYearAndTheYearCanBeStartedAgain() {
        RestClient office = new RestClient(port, "vp.theodoi");
        ResponseEntity<String> first = office.post(START, variables("year", "2024", "String", "pastPeriods", "JUDGE", "String"));
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);
        String firstPlan = office.json(first).get("id").asText();
        assertThat(planRun2024()).containsExactly(firstPlan);

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            runtime.deleteProcessInstance(firstPlan, "Bắt đầu nhầm", true, true);
            return true;
        });
        assertThat(planRun2024()).isEmpty();

        ResponseEntity<String> again = office.post(START, variables("year", "2024", "String", "pastPeriods", "JUDGE", "String"));
        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(200);
        assertThat(planRun2024()).containsExactly(office.json(again).get("id").asText());
    }

    /** A second member of the Office's monitors (the demo has one), made once for the shared test database. */
    private String secondOfficeMonitor() {
        String id = "vp.theodoi2";
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName("Hai");
            user.setLastName("Theo dõi");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, identity.createGroupQuery().groupMember("vp.theodoi").singleResult().getId());
        }
        return id;
    }

    private List<ResponseEntity<String>> startTogether(RestClient... clerks) {
        ExecutorService threads = Executors.newFixedThreadPool(clerks.length);
        try {
            List<CompletableFuture<ResponseEntity<String>>> running = java.util.Arrays.stream(clerks)
                    .map(clerk -> CompletableFuture.supplyAsync(() -> clerk.post(START, variables("year", "2024", "String", "pastPeriods", "JUDGE", "String")), threads))
                    .toList();
            return running.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdown();
        }
    }

    private long plans2024() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(OpenPlan.PROCESS_KEY).processInstanceBusinessKey("2024").count();
    }

    private List<String> planRun2024() {
        return jdbc.queryForList("select process_instance_id from plan_run where plan_year = 2024", String.class);
    }
}
