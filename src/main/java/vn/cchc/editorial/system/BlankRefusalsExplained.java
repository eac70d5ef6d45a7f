package vn.cchc.editorial.system;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.server.ExtendedUriInfo;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's REST API refuses a body it cannot read as JSON (invalid JSON, an array where an object
 * belongs, nesting too deep) with a 400 whose message is empty. A refusal always says why.
 *
 * <p>Its copy in the webapps (Tasklist's /camunda/api/engine) reads an empty body as no object at all
 * and then fails on it with a NullPointerException, a 500. A call that sent no body and failed that way
 * is a request missing its body: 400, saying so.
 *
 * <p>A body the JSON reader rejects (cut short, a string where an object belongs, nested too deep) is
 * answered by the reader's own mapper with its message as plain text, naming Java classes: it becomes
 * the same JSON refusal. A value the engine cannot convert to its declared type ("Cannot convert value
 * 'x' of type 'Date' to java type java.util.Date") is told in Vietnamese. A negative firstResult or
 * maxResults, which the database would fail on, is refused before it reaches it. The engine's own check
 * of a required argument (NullValueException, say a query's variable without a type) is a 400, not a 500.
 */
public class BlankRefusalsExplained implements ContainerRequestFilter, ContainerResponseFilter {

    static final String UNREADABLE_BODY =
            "Yêu cầu không hợp lệ: nội dung JSON không đọc được hoặc không đúng cấu trúc của API.";
    static final String MISSING_BODY = "Yêu cầu không hợp lệ: thiếu nội dung JSON.";
    static final String MISSING_VALUE = "Yêu cầu không hợp lệ: thiếu một giá trị bắt buộc (tham số, kiểu hoặc tên).";
    static final String WRONG_TYPE = "Giá trị \"%s\" không đúng kiểu %s đã khai báo.";
    static final String NEGATIVE_PAGING = "Tham số \"%s\" phải là số không âm.";

    private static final Pattern CONVERSION = Pattern.compile("Cannot convert value '(.*)' of type '(\\w+)' to java type", Pattern.DOTALL);
    private static final List<String> PAGING = List.of("firstResult", "maxResults");

    private static final String WITHOUT_BODY = BlankRefusalsExplained.class.getName() + ".withoutBody";
    private static final Set<String> METHODS_WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT);

    @Override
    public void filter(ContainerRequestContext request) {
        for (String name : PAGING) {
            String value = request.getUriInfo().getQueryParameters().getFirst(name);
            if (value != null && value.strip().startsWith("-")) {
                request.abortWith(Problems.answer(Response.Status.BAD_REQUEST, "InvalidParameter", NEGATIVE_PAGING.formatted(name)));
                return;
            }
        }
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
        if (response.getStatus() == 500 && request.getUriInfo() instanceof ExtendedUriInfo uri
                && uri.getMappedThrowable() instanceof NullValueException) {
            // the engine's check of a required argument (a query's variable type, say): the request lacks it
            Response refusal = Problems.answer(Response.Status.BAD_REQUEST, "NullValueException", MISSING_VALUE);
            response.setStatus(refusal.getStatus());
            response.getHeaders().putSingle("Content-Type", refusal.getMediaType());
            response.setEntity(refusal.getEntity());
        }
        if (response.getStatus() == 400 && response.getEntity() instanceof String) {
            Response refusal = Problems.answer(Response.Status.BAD_REQUEST, "InvalidRequestException", UNREADABLE_BODY);
            response.getHeaders().putSingle("Content-Type", refusal.getMediaType());
            response.setEntity(refusal.getEntity());
        }
        if (response.getStatus() == 400 && response.getEntity() instanceof ExceptionDto dto && dto.getMessage() != null) {
            Matcher conversion = CONVERSION.matcher(dto.getMessage());
            if (conversion.find()) {
                String value = conversion.group(1);
                dto.setMessage(WRONG_TYPE.formatted(value.length() > 60 ? value.substring(0, 60) + "…" : value, conversion.group(2)));
            }
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
