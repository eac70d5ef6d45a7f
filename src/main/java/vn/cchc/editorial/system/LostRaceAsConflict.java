package vn.cchc.editorial.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two people complete one task at once. The winner's commit deletes the task, its variables and its
 * grants while the loser's request is still reading them, and the loser then fails in whatever way the
 * missing data shows up: the engine's optimistic locking (409 already), a permission it no longer has, a
 * form that looks "changed", or a NullPointerException deep in the engine. Matching each shape is endless;
 * the fact behind all of them is simple: the task was there when the request came and is gone when it
 * failed. Such a failure is answered 409 with the conflict message, whatever its first answer was.
 * Nothing of the losing request was saved: it failed, so its transaction was rolled back.
 *
 * <p>Only a task that existed when the request arrived counts: an unknown task id stays a 404, and a
 * refusal of a task still open (a wrong form, a person who may not decide it) keeps its own answer.
 */
@Priority(1)
public class LostRaceAsConflict implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Pattern TASK_COMPLETION = Pattern.compile("(?:^|/)task/([^/]+)/(?:submit-form|complete)/?$");
    private static final String OPEN_TASK = LostRaceAsConflict.class.getName() + ".openTask";
    private static final Logger log = LoggerFactory.getLogger(LostRaceAsConflict.class);

    private final Predicate<String> taskExists;

    public LostRaceAsConflict() {
        this(LostRaceAsConflict::existsInEngine);
    }

    LostRaceAsConflict(Predicate<String> taskExists) {
        this.taskExists = taskExists;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        Matcher matcher = TASK_COMPLETION.matcher(request.getUriInfo().getPath());
        if (matcher.find() && taskExists.test(matcher.group(1))) {
            request.setProperty(OPEN_TASK, matcher.group(1));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object taskId = request.getProperty(OPEN_TASK);
        int status = response.getStatus();
        if (taskId == null || status < 400 || status == Response.Status.CONFLICT.getStatusCode()) {
            return;
        }
        if (!taskExists.test(taskId.toString())) {
            log.info("Task {} was completed by a concurrent request; the loser's {} answered 409", taskId, status);
            Response conflict = Problems.answer(Response.Status.CONFLICT, "ConcurrentChange", ConcurrentChangeAsConflict.MESSAGE);
            response.setStatus(conflict.getStatus());
            response.getHeaders().putSingle("Content-Type", conflict.getMediaType());
            response.setEntity(conflict.getEntity());
        }
    }

    /** Looked up without the caller's permissions: whether the task exists, not whether they may see it. */
    static boolean existsInEngine(String taskId) {
        ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> context.getTaskManager().findTaskById(taskId)) != null;
    }
}
