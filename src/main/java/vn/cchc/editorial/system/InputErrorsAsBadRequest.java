package vn.cchc.editorial.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.FormException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

import java.util.Map;

/**
 * The engine's REST API wraps some refusals of bad input (for example a start without a form) into a
 * 500, and the engine wraps a task listener's refusal once more ("ENGINE-03051 ... TaskListener"). A
 * person's mistake is a 4xx: when a form or bad-request exception is among the causes, answer 400 with its
 * own (Vietnamese) message; everything else keeps Camunda's own handling.
 */
@Priority(1)
public class InputErrorsAsBadRequest implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
        Throwable cause = inputError(exception.getCause());
        if (exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR && cause != null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", cause.getClass().getSimpleName(), "message", cause.getMessage()))
                    .build();
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    private static Throwable inputError(Throwable cause) {
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            if (cause instanceof FormException || cause instanceof BadUserRequestException) {
                return cause;
            }
        }
        return null;
    }
}
