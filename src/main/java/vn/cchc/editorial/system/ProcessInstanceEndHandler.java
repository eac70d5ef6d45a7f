package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;

/**
 * Keeps a table of the application in step with the end of a process instance, whatever ends it: its
 * last end event, a deletion in Cockpit or through the REST API (with or without
 * {@code skipCustomListeners} or {@code skipIoMappings}), a modification that cancels every activity, a
 * batch deletion. {@link ProcessInstanceEnds} calls every Spring bean of this type with the engine's
 * history event of the end, on the engine's thread and in its transaction, before it commits: what a
 * handler writes commits with the end, or rolls back with it. A handler throwing rolls the end back.
 */
public interface ProcessInstanceEndHandler {

    /**
     * @param end the engine's history event: process definition key, process instance id, business key,
     *            state ({@code COMPLETED}, {@code EXTERNALLY_TERMINATED}, …) and delete reason
     */
    void ended(HistoricProcessInstanceEventEntity end);
}
