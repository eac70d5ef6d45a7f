package vn.cchc.editorial.system;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import java.util.Map;

/**
 * Spring's error answers (/api, /dashboard, the portal, a failure in a servlet filter): a 5xx carries a
 * Vietnamese message and a reference that the log's ERROR line carries with the failure; never the
 * exception, its message or a stack (server.error.* keeps those off as well). What Spring MVC's handlers
 * answer themselves passes through {@link ApiRefusals} instead.
 */
@Component
class ReferencedErrorAttributes extends DefaultErrorAttributes {

    /**
     * A request attribute: the Vietnamese message of an expected refusal (a 4xx of {@link Refusals#TABLE}, an
     * upload too large), which the error page shows under its heading as {@code refusal}.
     */
    static final String REFUSAL = ReferencedErrorAttributes.class.getName() + ".refusal";

    private final MessageSource messages;

    ReferencedErrorAttributes(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options.excluding(
                ErrorAttributeOptions.Include.EXCEPTION, ErrorAttributeOptions.Include.STACK_TRACE,
                ErrorAttributeOptions.Include.MESSAGE, ErrorAttributeOptions.Include.BINDING_ERRORS));
        if (attributes.get("status") instanceof Integer status && status >= 500) {
            Object uri = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
            String reference = Refusals.report(uri + " -> " + status, getError(request));
            attributes.put("message", messages.getMessage("refusal.system-failure", new Object[]{reference}, Refusals.VIETNAMESE));
            attributes.put("reference", reference);
        } else if (request.getAttribute(REFUSAL, RequestAttributes.SCOPE_REQUEST) instanceof String refusal) {
            attributes.put("refusal", refusal);
        }
        return attributes;
    }
}
