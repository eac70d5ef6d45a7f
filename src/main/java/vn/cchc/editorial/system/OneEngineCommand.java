package vn.cchc.editorial.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs several reads through the engine's services as one engine command: the services' calls inside join it
 * instead of each opening its own. What that saves: before a query or permission check for a person, Camunda reads
 * which groups have any grant at all ({@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}, a scan of the
 * whole table, which holds a grant per historic task: 146,724 rows at 100,000 items, 60 to 120 ms each on the
 * loaded benchmark machine), once per command; one command reads it once (docs/performance.md). Only for reads
 * that refuse nothing a person can cause: an exception inside is logged by the engine as a failed command.
 */
@Component
public class OneEngineCommand {

    private final ProcessEngineConfigurationImpl configuration;

    OneEngineCommand(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** {@code reads}' result, its engine calls made in one command as the current person (the thread's authentication). */
    public <T> T run(Supplier<T> reads) {
        return configuration.getCommandExecutorTxRequired().execute(context -> reads.get());
    }
}
