package vn.cchc.editorial.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.FormException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.spin.SpinRuntimeException;

/**
 * The engine's REST API wraps what went wrong in a task or start form into a 500. A person's mistake is
 * a 4xx: a form or bad-request exception is answered 400 with its (Vietnamese) message, a refusal of
 * the person completing a task 403; a task that is
 * gone because someone else just completed it, 404; two people acting at once, 409 (see
 * {@link ConcurrentChangeAsConflict}). Everything else keeps Camunda's own handling.
 */
@Priority(1)
public class InputErrorsAsBadRequest implements ExceptionMapper<RestException> {

    static final String TASK_GONE = "Không tìm thấy công việc: có thể công việc đã được người khác hoàn thành. "
            + "Hãy tải lại danh sách công việc.";

    @Override
    public Response toResponse(RestException exception) {
        Throwable cause = exception.getCause();
        // whatever status the engine chose, a refusal reads as its own (Vietnamese) sentence alone, without
        // "Cannot submit task form 4d62…: ENGINE-03051 …" around it, which Tasklist would show as it is
        for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof FormException) {
                return Problems.answer(Response.Status.BAD_REQUEST, t.getClass().getSimpleName(), t.getMessage());
            }
        }
        if (exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR) {
            if (ConcurrentChangeAsConflict.isConflict(cause)) {
                return ConcurrentChangeAsConflict.conflict(cause);
            }
            if (cause instanceof NullValueException && cause.getMessage() != null && cause.getMessage().contains("Cannot find task")) {
                return Problems.answer(Response.Status.NOT_FOUND, "TaskNotFound", TASK_GONE);
            }
            // a task listener's refusal arrives wrapped in the engine's "exception while invoking the TaskListener"
            for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
                if (t instanceof AuthorizationException) {
                    return Problems.answer(Response.Status.FORBIDDEN, t.getClass().getSimpleName(), t.getMessage());
                }
                if (t instanceof SpinRuntimeException) {
                    return Problems.answer(Response.Status.BAD_REQUEST, "InvalidJsonValue",
                            "Giá trị kiểu Json hoặc Object không đọc được: " + t.getMessage());
                }
                if (t instanceof FormException || t instanceof BadUserRequestException) {
                    return Problems.answer(Response.Status.BAD_REQUEST, t.getClass().getSimpleName(), t.getMessage());
                }
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
}
