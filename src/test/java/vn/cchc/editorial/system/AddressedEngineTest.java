package vn.cchc.editorial.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.editorial.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API's engine, found without the service loader, is the one Camunda's own lookup finds. */
@ApplicationTest
class AddressedEngineTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theDefaultEngineIsTheApplicationsAsCamundaFindsIt() {
        assertThat(AddressedEngine.lookup(null)).isSameAs(engine).isSameAs(EngineUtil.lookupProcessEngine(null));
    }

    @Test
    void anEngineByNameIsCamundasAnswerForThatName() {
        assertThat(AddressedEngine.lookup(engine.getName())).isSameAs(engine);
        assertThat(AddressedEngine.lookup("no-such-engine")).isNull();
        assertThat(EngineUtil.lookupProcessEngine("no-such-engine")).isNull();
    }
}
