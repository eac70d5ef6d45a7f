package vn.cchc.editorial.system;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

import java.util.Set;

/**
 * The engine's REST API refuses a body it cannot read as JSON (invalid JSON, an array where an object
 * belongs, nesting too deep) with a 400 whose message is empty. A refusal always says why.
 *
 * <p>Its copy in the webapps (Tasklist's /camunda/api/engine) reads an empty body as no object at all
 * and then fails on it with a NullPointerException, a 500. A call that sent no body and failed that way
 * is a request missing its body: 400, saying so.
 */
public class BlankRefusalsExplained implements ContainerRequestFilter, ContainerResponseFilter {

    static final String UNREADABLE_BODY =
            "Yêu cầu không hợp lệ: nội dung JSON không đọc được hoặc không đúng cấu trúc của API.";
    static final String MISSING_BODY = "Yêu cầu không hợp lệ: thiếu nội dung JSON.";

    private static final String WITHOUT_BODY = BlankRefusalsExplained.class.getName() + ".withoutBody";
    private static final Set<String> METHODS_WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT);

    @Override
    public void filter(ContainerRequestContext request) {
        if (METHODS_WITH_BODY.contains(request.getMethod()) && !request.hasEntity()) {
            request.setProperty(WITHOUT_BODY, Boolean.TRUE);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && response.getEntity() instanceof ExceptionDto dto
                && (dto.getMessage() == null || dto.getMessage().isBlank())) {
            dto.setMessage(UNREADABLE_BODY);
        }
        if (response.getStatus() == 500 && request.getProperty(WITHOUT_BODY) != null
                && response.getEntity() instanceof ExceptionDto dto && NullPointerException.class.getSimpleName().equals(dto.getType())) {
            Response refusal = Problems.answer(Response.Status.BAD_REQUEST, "MissingBody", MISSING_BODY);
            response.setStatus(refusal.getStatus());
            response.getHeaders().putSingle("Content-Type", refusal.getMediaType());
            response.setEntity(refusal.getEntity());
        }
    }
}
