package vn.cchc.editorial.system;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Something that happens once per key has already happened, or another request is doing it at this
 * very moment: the database's unique key refused the second (the year of a plan run, say). Answered 409
 * with its own Vietnamese message ({@link Refusals#TABLE}); the transaction rolls back, so
 * nothing of the refused request is left.
 */
public class OncePerKeyConflict extends ProcessEngineException {

    /** @param message what the person reads, in Vietnamese */
    public OncePerKeyConflict(String message, Throwable cause) {
        super(message, cause);
    }
}
