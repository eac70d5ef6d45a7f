package vn.cchc.editorial.system;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.WebappSession;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lost race made deterministic: while the request completing a task runs its listener, another
 * transaction completes the same task and commits, and the listener then fails as a loser does (a form
 * that looks changed, or the engine's NullPointerException on a vanished execution). Whatever the first
 * answer, the person is told 409: someone else was first. A failure on a task still open keeps its answer.
 */
@ApplicationTest
class LostRaceJudgedAfterTheFactTest {

    static final String PROCESS = "LostRaceProbe";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    String deploymentId;
    RestClient editor;

    @BeforeEach
    void deployProbe() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("probe").camundaAssignee("bbt.bientap").camundaTaskListenerClass(TaskListener.EVENTNAME_COMPLETE, RivalFirst.class)
                .endEvent()
                .done();
        deploymentId = repository.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy().getId();
        editor = new RestClient(port, "bbt.bientap");
    }

    @AfterEach
    void undeployProbe() {
        repository.deleteDeployment(deploymentId, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"input", "engine"})
    void aFailureAfterTheTaskWasCompletedByAnotherRequestIsAConflict(String failure) {
        String taskId = start(true, failure);

        ResponseEntity<String> answer = editor.post("/engine-rest/task/" + taskId + "/complete", Map.of());

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(409);
        assertThat(answer.getBody()).contains("người khác xử lý cùng lúc");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("completed once, by the rival").isZero();
    }

    @Test
    void tasklistsOwnApiAnswersTheLoserTheSame() {
        String taskId = start(true, "input");

        var answer = WebappSession.logIn(port, "bbt.bientap", "demo")
                .post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", "{\"variables\": {}}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(answer.body()).contains("người khác xử lý cùng lúc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"input", "engine"})
    void theSameFailureOnATaskStillOpenKeepsItsOwnAnswer(String failure) {
        String taskId = start(false, failure);

        ResponseEntity<String> answer = editor.post("/engine-rest/task/" + taskId + "/submit-form", Map.of());

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(failure.equals("input") ? 400 : 500);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void anUnknownTaskStaysNotFound() {
        ResponseEntity<String> answer = editor.post("/engine-rest/task/no-such-task/complete", Map.of());

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(404);
    }

    private String start(boolean rival, String failure) {
        String pi = runtime.startProcessInstanceByKey(PROCESS, Map.of("rival", rival, "failure", failure)).getId();
        return tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
    }

    /**
     * On the person's completion: lets a rival transaction complete the task first (when asked to), then
     * fails. The rival's own completion runs without a logged-in user and passes.
     */
    public static class RivalFirst implements TaskListener {

        private static final ExecutorService RIVAL = Executors.newSingleThreadExecutor();

        @Override
        public void notify(DelegateTask task) {
            if (task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null) {
                return;
            }
            // read before the rival commits (afterwards they are gone), as a real listener has them read
            Object failure = task.getVariable("failure");
            ((ExecutionEntity) task.getExecution()).getProcessInstance().getExecutions();
            if (Boolean.TRUE.equals(task.getVariable("rival"))) {
                TaskService taskService = task.getProcessEngineServices().getTaskService();
                String taskId = task.getId();
                try {
                    RIVAL.submit(() -> taskService.complete(taskId)).get();
                } catch (Exception e) {
                    throw new IllegalStateException("the rival could not complete the task", e);
                }
            }
            if ("input".equals(failure)) {
                throw new InvalidInputException(java.util.List.of("Biểu mẫu này không được thay đổi: channelCodes."));
            }
            throw new NullPointerException("Cannot invoke \"PvmExecutionImpl.getActivityInstanceId()\"");
        }
    }
}
