package vn.cchc.editorial.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's history level keeps Camunda's full history but its details: a variable's last value is in the
 * history, each value it took is not; the user operation log (Tasklist's "Lịch sử") is kept.
 */
class FullHistoryWithoutDetailsTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("full-history-without-details");
        configuration.setJdbcUrl("jdbc:h2:mem:full-history-without-details;DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEnginePlugins(List.of(new EditorialEnginePlugin()));
        configuration.setHistory(FullHistoryWithoutDetails.NAME);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("review.bpmn",
                Bpmn.createExecutableProcess("Review").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_Review").endEvent().done())
                .addModelInstance("channels.bpmn", Bpmn.createExecutableProcess("Channels").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_Channel").multiInstance().parallel().camundaCollection("${channels}")
                        .camundaElementVariable("channel").multiInstanceDone().endEvent().done())
                .deploy();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void aVariablesLastValueAndTheOperationLogAreKeptButNotEveryValue() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("Review",
                Map.of("reviewDecision", "SEND_BACK", "title", "Tin thứ nhất")).getId();
        engine.getRuntimeService().setVariable(instance, "reviewDecision", "APPROVE");
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
        engine.getIdentityService().setAuthenticatedUserId("bbt.bientap");
        try {
            engine.getTaskService().complete(task);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        var history = engine.getHistoryService();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isOne();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("reviewDecision")
                .singleResult().getValue()).isEqualTo("APPROVE");
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createUserOperationLogQuery().taskId(task).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                .userId("bbt.bientap").count()).isPositive();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("Task_Review")
                .singleResult().getEndTime()).isNotNull();
    }

    @Test
    void theMultiInstanceCountersAreCountedWhileTheyRunButNotKeptInTheHistory() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("Channels",
                Map.of("channels", List.of("DEPARTMENT_PORTAL", "PROVINCIAL_PORTAL"))).getId();
        var runtime = engine.getRuntimeService();
        assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(instance).variableName("nrOfActiveInstances")
                .singleResult().getValue()).isEqualTo(2);
        var tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance).list();
        assertThat(tasks).hasSize(2);
        engine.getTaskService().complete(tasks.get(0).getId());
        assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(instance).variableName("nrOfCompletedInstances")
                .singleResult().getValue()).isEqualTo(1);
        engine.getTaskService().complete(tasks.get(1).getId());

        var history = engine.getHistoryService();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isOne();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                .extracting(variable -> variable.getName()).containsOnly("channels", "channel")
                .doesNotContainAnyElementsOf(MultiInstanceCounters.NAMES);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("channel").count())
                .isEqualTo(2);
    }

    @Test
    void aMigratedInstanceWritesNoCountersToTheHistoryEither() {
        var repository = engine.getRepositoryService();
        String before = repository.createProcessDefinitionQuery().processDefinitionKey("Channels").latestVersion().singleResult().getId();
        String instance = engine.getRuntimeService().startProcessInstanceByKey("Channels",
                Map.of("channels", List.of("DEPARTMENT_PORTAL"))).getId();
        // a new version of the same process, as a new release deploys it; the instance moves to it
        repository.createDeployment().addModelInstance("channels.bpmn", Bpmn.createExecutableProcess("Channels")
                .name("Kênh, bản 2").camundaHistoryTimeToLive(1).startEvent().userTask("Task_Channel").multiInstance().parallel()
                .camundaCollection("${channels}").camundaElementVariable("channel").multiInstanceDone().endEvent().done()).deploy();
        String after = repository.createProcessDefinitionQuery().processDefinitionKey("Channels").latestVersion().singleResult().getId();
        assertThat(after).isNotEqualTo(before);
        engine.getRuntimeService().newMigration(engine.getRuntimeService().createMigrationPlan(before, after)
                .mapEqualActivities().build()).processInstanceIds(instance).execute();

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getProcessDefinitionId()).isEqualTo(after);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                .extracting(variable -> variable.getName()).containsOnly("channels", "channel");
    }
}
