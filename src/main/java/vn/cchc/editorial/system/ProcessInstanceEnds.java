package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls the {@link ProcessInstanceEndHandler}s with the end of every process instance. Listeners can be
 * skipped (a deletion with {@code skipCustomListeners}, a modification that skips them) but the engine
 * writes the end of an instance to its history whatever it skips: this handler sits beside the engine's
 * own database writer (Camunda's {@code CompositeDbHistoryEventHandler}, which the engine builds from
 * its custom history event handlers) and sees the same event in the same transaction. It needs a history
 * level that produces process instance ends: the project's {@code full-without-details}
 * ({@link FullHistoryWithoutDetails}) does, as do Camunda's {@code activity}, {@code audit} and {@code full}.
 * <p>
 * Not a Spring bean of type {@link HistoryEventHandler}: Camunda's Spring Boot starter would take such a
 * bean as the engine's only history handler, in place of the database writer.
 */
public class ProcessInstanceEnds extends AbstractProcessEnginePlugin implements HistoryEventHandler {

    private final List<ProcessInstanceEndHandler> handlers;

    public ProcessInstanceEnds(List<ProcessInstanceEndHandler> handlers) {
        this.handlers = List.copyOf(handlers);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> custom = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        custom.add(this);
        configuration.setCustomHistoryEventHandlers(custom);
        // beside the engine's own writer, not instead of it
        configuration.setEnableDefaultDbHistoryEventHandler(true);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricProcessInstanceEventEntity end && end.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
            ProcessInstanceEndHandler.End plain = new ProcessInstanceEndHandler.End(end.getProcessDefinitionKey(),
                    end.getProcessInstanceId(), end.getBusinessKey(), end.getState(), end.getDeleteReason());
            handlers.forEach(handler -> handler.ended(plain));
            HistoricGrantsEndWithHistory.ended(end);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }
}
