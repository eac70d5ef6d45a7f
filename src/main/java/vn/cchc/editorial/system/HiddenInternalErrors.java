package vn.cchc.editorial.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.server.ExtendedUriInfo;

/**
 * Camunda's exception handlers answer a 500 with the exception's class and message: a database limit
 * showed the failed SQL statement to whoever sent the request. Every 5xx answer of the engine's REST
 * API, on /engine-rest and on the webapps' /camunda/api/engine alike, leaves with Camunda's shape
 * ({@code type}, {@code message}, {@code code}) but a Vietnamese message and a reference, and the
 * failure goes to the log under that reference ({@link UnexpectedFailures}).
 *
 * <p>A response filter rather than one more exception mapper: JAX-RS picks the mapper of the nearest
 * exception type, so a mapper of Throwable would not see what Camunda's own mappers of
 * ProcessEngineException or RestException answer. Response filters run in descending priority; this
 * one, at 0, runs after every other (LostRaceAsConflict, BlankRefusalsExplained) has turned what it
 * recognises into a 4xx.
 */
@Priority(0)
public class HiddenInternalErrors implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 500) {
            return;
        }
        Throwable failure = request.getUriInfo() instanceof ExtendedUriInfo uri ? uri.getMappedThrowable() : null;
        ExceptionDto answer = new ExceptionDto();
        answer.setType(UnexpectedFailures.TYPE);
        answer.setCode(response.getEntity() instanceof ExceptionDto dto && dto.getCode() != null ? dto.getCode() : 0);
        answer.setMessage(UnexpectedFailures.message(UnexpectedFailures.report(request.getMethod() + " " + request.getUriInfo().getPath()
                + " -> " + response.getStatus() + (failure == null ? " " + response.getEntity() : ""), failure)));
        response.setEntity(answer, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
    }
}
