package vn.cchc.editorial.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * Two editors complete one task at once: the winner's commit deletes the task and its grants, so the
 * loser's permission check fails before anything else, as a 403. The task is gone, not forbidden:
 * answer 404 with the same Vietnamese message as a task already completed. A real refusal (the task
 * still exists) keeps its 403.
 */
@Priority(1)
public class VanishedTaskAsNotFound implements ExceptionMapper<AuthorizationException> {

    @Override
    public Response toResponse(AuthorizationException exception) {
        for (MissingAuthorization missing : exception.getMissingAuthorizations()) {
            if ("Task".equals(missing.getResourceType()) && missing.getResourceId() != null && isGone(missing.getResourceId())) {
                return Problems.answer(Response.Status.NOT_FOUND, "TaskNotFound", InputErrorsAsBadRequest.TASK_GONE);
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    private static boolean isGone(String taskId) {
        ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
        // looked up without the caller's permissions: whether it exists, not whether they may see it
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> context.getTaskManager().findTaskById(taskId)) == null;
    }
}
