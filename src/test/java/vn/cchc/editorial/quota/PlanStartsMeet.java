package vn.cchc.editorial.quota;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * Test only: once armed, holds every start of CommunicationPlanProcess as Task_OpenPlan begins, before
 * it checks or claims the year, until the given number of starts are there. Their transactions are then
 * all in flight before any of them writes its year, which is the race two clerks clicking at once may or
 * may not hit. Inert unless armed. A bean of the shared test application (component scanning finds it in
 * the test classes), so a test arms it without a Spring context of its own; the handler itself is not a
 * bean, as Camunda's starter would take a history handler bean as the engine's only one.
 */
@Component
public class PlanStartsMeet extends AbstractProcessEnginePlugin {

    private static volatile CyclicBarrier meeting;

    static void arm(int starts) {
        meeting = new CyclicBarrier(starts);
    }

    static void disarm() {
        meeting = null;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                CyclicBarrier armed = meeting;
                if (armed != null && event instanceof HistoricActivityInstanceEventEntity activity
                        && activity.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_START)
                        && "Task_OpenPlan".equals(activity.getActivityId())) {
                    try {
                        armed.await(2, TimeUnit.MINUTES);
                    } catch (Exception e) {
                        throw new IllegalStateException("the other start never came", e);
                    }
                }
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(this::handleEvent);
            }
        });
        configuration.setCustomHistoryEventHandlers(handlers);
    }
}
