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
 * A person's mistake is a 400 whose message is the (Vietnamese) refusal itself. The engine's REST API
 * answers a refusal thrown by a task listener with a 500, and prefixes every refusal with English and
 * ids ("Cannot submit task form 4d62…: ENGINE-03051 There was an exception while invoking the
 * TaskListener…"), which Tasklist shows as it is. When a form exception is among the causes, answer
 * 400 with its message alone; a bad request wrapped into a 500 becomes a 400 too; everything else
 * keeps Camunda's own handling.
 */
@Priority(1)
public class InputErrorsAsBadRequest implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
        FormException formError = formErrorAmongCauses(exception);
        if (formError != null) {
            return badRequest(formError);
        }
        Throwable cause = exception.getCause();
        if (exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR && cause instanceof BadUserRequestException) {
            return badRequest(cause);
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    private static FormException formErrorAmongCauses(Throwable exception) {
        for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof FormException formError) {
                return formError;
            }
        }
        return null;
    }

    private static Response badRequest(Throwable cause) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", cause.getClass().getSimpleName(), "message", cause.getMessage()))
                .build();
    }
}
