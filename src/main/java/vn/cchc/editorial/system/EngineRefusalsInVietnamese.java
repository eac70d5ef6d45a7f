package vn.cchc.editorial.system;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;
import org.camunda.bpm.engine.rest.dto.MissingAuthorizationDto;

import java.util.List;

/**
 * The engine refuses a person who lacks a grant with an English sentence ("The user with id … does not
 * have …"), which Tasklist and Cockpit show as it is. The answer keeps Camunda's format (type
 * AuthorizationException, userId, missingAuthorizations) for programs, and its message says the same in
 * Vietnamese. A refusal of our own, already in Vietnamese, names no missing grant and is left alone.
 */
public class EngineRefusalsInVietnamese implements ContainerResponseFilter {

    static final String MISSING_GRANT = "Bạn không có quyền thực hiện thao tác này (cần quyền %s). "
            + "Nếu đây là việc của bạn, hãy liên hệ quản trị viên.";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 403 && response.getEntity() instanceof AuthorizationExceptionDto dto
                && dto.getMissingAuthorizations() != null && !dto.getMissingAuthorizations().isEmpty()) {
            dto.setMessage(MISSING_GRANT.formatted(describe(dto.getMissingAuthorizations())));
        }
    }

    /** The first grant that would have allowed it; the others stay in missingAuthorizations for programs. */
    private static String describe(List<MissingAuthorizationDto> missing) {
        MissingAuthorizationDto first = missing.get(0);
        return "%s trên %s%s".formatted(first.getPermissionName(), first.getResourceName(),
                first.getResourceId() == null || "*".equals(first.getResourceId()) ? "" : " " + first.getResourceId());
    }
}
