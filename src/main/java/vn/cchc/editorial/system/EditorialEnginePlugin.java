package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;

import java.util.ArrayList;
import java.util.List;

/**
 * What the engine needs for this application, on the Spring Boot engine and on the plain test engine
 * alike: long strings, a history level that can hold them, and JSON (never Java serialization) for
 * object variables.
 */
public class EditorialEnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
        serializers.add(new LongStringSerializer());
        configuration.setCustomPreVariableSerializers(serializers);
        List<HistoryLevel> historyLevels = configuration.getCustomHistoryLevels() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
        historyLevels.add(new FullHistoryWithoutFormFields());
        configuration.setCustomHistoryLevels(historyLevels);
        configuration.setDefaultSerializationFormat("application/json");
        configuration.setJavaSerializationFormatEnabled(false);
    }
}
