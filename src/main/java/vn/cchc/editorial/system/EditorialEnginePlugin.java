package vn.cchc.editorial.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the engine needs for this application, on the Spring Boot engine and on the plain test engine
 * alike: long strings, text in Unicode NFC, a history level that can hold them, JSON (never Java
 * serialization) for object variables, no retries for a failure that retrying cannot cure, and permission checks
 * without a read of every group that holds a grant ({@link AuthorizationsOfTheLoginGroups}) or a search for DENY grants,
 * which it does not save ({@link GrantsOnly}), and a flush whose inserts are ordered in one pass
 * ({@link InsertsOrderedInOnePass}).
 */
public class EditorialEnginePlugin extends AbstractProcessEnginePlugin {

    private final Instant clockStart;

    public EditorialEnginePlugin() {
        this(null);
    }

    /** @param clockStart where the application's clock starts (cchc.clock.start), or null for the real time */
    public EditorialEnginePlugin(Instant clockStart) {
        this.clockStart = clockStart;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (clockStart != null) {
            // the engine's clock, and with it the application's, starts there and runs on
            ClockUtil.offset(clockStart.toEpochMilli() - System.currentTimeMillis());
        }
        List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
        serializers.add(new LongStringSerializer());
        serializers.add(new ComposedStringSerializer());
        configuration.setCustomPreVariableSerializers(serializers);
        List<HistoryLevel> historyLevels = configuration.getCustomHistoryLevels() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
        historyLevels.add(new FullHistoryWithoutDetails());
        configuration.setCustomHistoryLevels(historyLevels);
        configuration.setDefaultSerializationFormat("application/json");
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setFailedJobCommandFactory(new NoRetryForLastingFailures());
        List<SessionFactory> sessionFactories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        sessionFactories.add(new AuthorizationsOfTheLoginGroups());
        sessionFactories.add(new InsertsOrderedInOnePass());
        configuration.setCustomSessionFactories(sessionFactories);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        GrantsOnly.checkRevokesOnlyIfAny(engine);
    }
}
