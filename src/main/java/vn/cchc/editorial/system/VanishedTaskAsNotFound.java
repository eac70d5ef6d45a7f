package vn.cchc.editorial.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * Two editors complete one task at once: the winner's commit deletes the task and its grants, so the
 * loser's permission check fails before anything else, as a 403. The task is gone, not forbidden:
 * answer 404 with the same Vietnamese message as a task already completed. A real refusal (the task
 * still exists) keeps its 403. A completion that lost its race is then answered 409 by
 * {@link LostRaceAsConflict}; this is what other calls on the task (claim, variables) get.
 */
@Priority(1)
public class VanishedTaskAsNotFound implements ExceptionMapper<AuthorizationException> {

    @Override
    public Response toResponse(AuthorizationException exception) {
        for (MissingAuthorization missing : exception.getMissingAuthorizations()) {
            if ("Task".equals(missing.getResourceType()) && missing.getResourceId() != null && !LostRaceAsConflict.existsInEngine(missing.getResourceId())) {
                return Problems.answer(Response.Status.NOT_FOUND, "TaskNotFound", InputErrorsAsBadRequest.TASK_GONE);
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
}
