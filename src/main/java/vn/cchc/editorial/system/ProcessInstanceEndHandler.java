package vn.cchc.editorial.system;


/**
 * Keeps a table of the application in step with the end of a process instance, whatever ends it: its
 * last end event, a deletion in Cockpit or through the REST API (with or without
 * {@code skipCustomListeners} or {@code skipIoMappings}), a modification that cancels every activity, a
 * batch deletion. {@link ProcessInstanceEnds} calls every Spring bean of this type with the engine's
 * history event of the end, on the engine's thread and in its transaction, before it commits: what a
 * handler writes commits with the end, or rolls back with it. A handler throwing rolls the end back.
 */
public interface ProcessInstanceEndHandler {

    /** @param end what the engine's history event says of the end */
    void ended(End end);

    /**
     * The end of a process instance, as the engine's history event gives it.
     *
     * @param processDefinitionKey the process's key (ArticlePublicationProcess, CommunicationPlanProcess)
     * @param processInstanceId    the instance that ended
     * @param businessKey          its business key, or null
     * @param state                {@code COMPLETED}, {@code EXTERNALLY_TERMINATED}, {@code INTERNALLY_TERMINATED}
     * @param deleteReason         why it was deleted, or null
     */
    record End(String processDefinitionKey, String processInstanceId, String businessKey, String state,
               String deleteReason) {
    }
}
