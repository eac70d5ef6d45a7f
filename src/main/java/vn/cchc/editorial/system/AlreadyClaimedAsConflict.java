package vn.cchc.editorial.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;

/**
 * Two board members click "Nhận việc" on the same review: the second finds it claimed, which Camunda's
 * REST API answers 500 with an English sentence. It is a conflict the person can act on: 409, in
 * Vietnamese, naming who has the task. Registered on /engine-rest and on Tasklist's own API.
 */
@Priority(1)
public class AlreadyClaimedAsConflict implements ExceptionMapper<TaskAlreadyClaimedException> {

    static final String MESSAGE = "Công việc này vừa được người khác nhận (%s). Hãy tải lại danh sách công việc.";

    @Override
    public Response toResponse(TaskAlreadyClaimedException exception) {
        return Problems.answer(Response.Status.CONFLICT, "TaskAlreadyClaimed", MESSAGE.formatted(exception.getTaskAssignee()));
    }
}
