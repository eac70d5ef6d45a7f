package vn.cchc.editorial.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * The process engine a call of the engine's REST API addresses, found as Camunda's Spring Boot provider finds it
 * ({@code SpringBootProcessEngineProvider}: the engine registered under that name, or the default one), without
 * {@link EngineUtil#lookupProcessEngine}'s {@link java.util.ServiceLoader}: that reads every library of the
 * application for the provider's service file, on every call, and was 1.8 % of the request threads' time
 * (docs/performance.md, "What each fix changed"). When no engine is registered under the name, Camunda's own
 * lookup answers, so the result is never other than Camunda's.
 */
final class AddressedEngine {

    private AddressedEngine() {
    }

    /**
     * @param name the engine's name from the request's path, or null for the default engine
     * @return the engine; Camunda's {@code RestException} (500) when there is none
     */
    static ProcessEngine lookup(String name) {
        // the registry every engine joins when it is built, which the provider reads
        ProcessEngine engine = ProcessEngines.getProcessEngine(name == null ? ProcessEngines.NAME_DEFAULT : name, false);
        return engine != null ? engine : EngineUtil.lookupProcessEngine(name);
    }
}
