package vn.cchc.editorial.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.pvm.PvmException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Two people changed the same item or task at once (two board members deciding one review, a double
 * click): the engine's optimistic locking, or the item's own @Version, let the first win and refuses the
 * second. That is a 409 the person can act on, not a 500; nothing of the losing request was saved.
 * Something done once per key that a unique key refused ({@link OncePerKeyConflict}) is a 409 as well,
 * with its own message.
 */
@Priority(1)
public class ConcurrentChangeAsConflict implements ExceptionMapper<ProcessEngineException> {

    static final String MESSAGE = "Tin bài hoặc công việc này vừa được người khác xử lý cùng lúc nên thao tác của bạn "
            + "chưa được lưu. Hãy tải lại để xem tình trạng mới nhất rồi thực hiện lại nếu vẫn cần.";

    private static final Logger log = LoggerFactory.getLogger(ConcurrentChangeAsConflict.class);

    @Override
    public Response toResponse(ProcessEngineException exception) {
        if (isConflict(exception)) {
            return conflict(exception);
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    static boolean isConflict(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OncePerKeyConflict || t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException
                    || t instanceof jakarta.persistence.OptimisticLockException
                    || isVanishedExecution(t)) {
                return true;
            }
            // the other request ended the process instance, or moved its execution on, while this one
            // was loading it: the engine then fails before its optimistic locking would have
            if (t instanceof ProcessEngineException && t.getMessage() != null
                    && (t.getMessage().contains("Cannot restore state of process instance")
                    || t instanceof PvmException && t.getMessage().contains("has no current activity"))) {
                return true;
            }
        }
        return false;
    }

    /** The engine failing on a process instance deleted while it rebuilt the execution tree. */
    private static boolean isVanishedExecution(Throwable exception) {
        if (exception instanceof NullPointerException && exception.getMessage() != null
                && exception.getMessage().contains("pvm.process.ScopeImpl")) {
            // the execution's activity was taken away by the other request's commit while a listener read it
            return true;
        }
        return exception instanceof NullPointerException && java.util.Arrays.stream(exception.getStackTrace()).limit(5)
                .anyMatch(frame -> frame.getClassName().endsWith(".ExecutionEntity")
                        && (frame.getMethodName().equals("restoreProcessInstance")
                        || frame.getMethodName().equals("ensureExecutionTreeInitialized")));
    }

    static Response conflict(Throwable exception) {
        log.info("Concurrent change refused with 409: {}", exception.toString());
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OncePerKeyConflict once) {
                return Problems.answer(Response.Status.CONFLICT, "OncePerKeyConflict", once.getMessage());
            }
        }
        return Problems.answer(Response.Status.CONFLICT, "ConcurrentChange", MESSAGE);
    }

    /** The same answer when the conflict surfaces from Spring's transaction commit, outside the engine. */
    @Priority(1)
    public static class FromSpring implements ExceptionMapper<ConcurrencyFailureException> {
        @Override
        public Response toResponse(ConcurrencyFailureException exception) {
            return conflict(exception);
        }
    }
}
