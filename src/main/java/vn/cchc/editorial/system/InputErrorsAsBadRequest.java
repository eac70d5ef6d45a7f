package vn.cchc.editorial.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.FormException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import vn.cchc.editorial.article.InvalidInputException;

import java.util.Map;

/**
 * The engine's REST API wraps refusals of bad input into a 500 when they come from a listener or a
 * plain start. A person's mistake is a 4xx: when an {@link InvalidInputException} is behind it, or a
 * form or bad-request exception, answer 400 with its (Vietnamese) message; everything else keeps
 * Camunda's own handling.
 */
@Priority(1)
public class InputErrorsAsBadRequest implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
        Throwable cause = exception.getCause();
        var refusal = InvalidInputException.findIn(exception);
        if (refusal.isPresent()) {
            // only the Vietnamese sentence, without the engine's "Cannot submit task form ..." around it
            return badRequest(refusal.get().getClass().getSimpleName(), refusal.get().getMessage());
        }
        if (exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
                && (cause instanceof FormException || cause instanceof BadUserRequestException)) {
            return badRequest(cause.getClass().getSimpleName(), cause.getMessage());
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    private static Response badRequest(String type, String message) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message))
                .build();
    }
}
