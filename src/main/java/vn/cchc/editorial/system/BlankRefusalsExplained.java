package vn.cchc.editorial.system;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * The engine's REST API refuses a body it cannot read as JSON (invalid JSON, an array where an object
 * belongs, nesting too deep) with a 400 whose message is empty. A refusal always says why.
 */
public class BlankRefusalsExplained implements ContainerResponseFilter {

    static final String UNREADABLE_BODY =
            "Yêu cầu không hợp lệ: nội dung JSON không đọc được hoặc không đúng cấu trúc của API.";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && response.getEntity() instanceof ExceptionDto dto
                && (dto.getMessage() == null || dto.getMessage().isBlank())) {
            dto.setMessage(UNREADABLE_BODY);
        }
    }
}
