package vn.cchc.editorial.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A list of texts as an engine variable: JSON, a type name any class loader finds, the same list read back. */
class JsonListVariableTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").build();

    ProcessEngine processEngine;

    @Test
    void aListIsJsonNamedByAClassThatLoads() throws ClassNotFoundException {
        ObjectValue value = JsonListVariable.of(List.of("DEPARTMENT_PORTAL", "CCHC_PAGE"));

        assertThat(value.getSerializationDataFormat()).isEqualTo(Variables.SerializationDataFormats.JSON.getName());
        assertThat(value.getValueSerialized()).isEqualTo("[\"DEPARTMENT_PORTAL\",\"CCHC_PAGE\"]");
        assertThat(value.getObjectTypeName()).isEqualTo("java.util.ArrayList");
        assertThat(Class.forName(value.getObjectTypeName())).isEqualTo(ArrayList.class);
    }

    @Test
    void theEngineReadsTheSameListBack() {
        String deployment = processEngine.getRepositoryService().createDeployment()
                .addModelInstance("waits.bpmn", Bpmn.createExecutableProcess("Waits").startEvent().userTask().endEvent().done())
                .deploy().getId();
        try {
            readsTheSameListBack(processEngine.getRuntimeService());
        } finally {
            // the engine is shared with the other process tests of the run
            processEngine.getRepositoryService().deleteDeployment(deployment, true);
        }
        assertThat(JsonListVariable.of(List.of()).getValueSerialized()).isEqualTo("[]");
    }

    private static void readsTheSameListBack(RuntimeService runtime) {
        String instance = runtime.startProcessInstanceByKey("Waits",
                Variables.createVariables().putValue("codes", JsonListVariable.of(List.of("B", "A", "B")))).getId();

        ObjectValue stored = runtime.getVariableTyped(instance, "codes", false);
        assertThat(stored.getObjectTypeName()).isEqualTo("java.util.ArrayList");
        assertThat(stored.getValueSerialized()).isEqualTo("[\"B\",\"A\",\"B\"]");

        Object read = runtime.getVariable(instance, "codes");
        assertThat(read).isInstanceOf(ArrayList.class).isEqualTo(List.of("B", "A", "B"));
    }
}
