package vn.cchc.editorial.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.io.IOException;

/**
 * The refusals of Spring MVC (/api, /dashboard, the portal): RFC 9457 problem details for a program, the
 * shared error page (templates/error.html) for a browser asking for HTML. A refusal of the application
 * (InvalidInputException 400, AuthorizationException 403, a concurrent change 409) gets its status and
 * Vietnamese message from the same table as the engine's API ({@link Refusals#TABLE}); Spring MVC's own
 * (an unreadable body, a missing parameter) keep Spring's status. Every body also carries
 * {@code message}, the same text as {@code detail}, which programs of the engine's API read.
 * A 5xx says nothing of the failure: it is logged at ERROR with a reference, and the answer gives the
 * reference (as {@link ReferencedErrorAttributes} does for what reaches Spring Boot's /error).
 */
@RestControllerAdvice
class ApiRefusals extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiRefusals.class);

    private final MessageSource messages;

    ApiRefusals(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler({InvalidInputException.class, AuthorizationException.class, OptimisticLockingException.class,
            OncePerKeyConflict.class, TooLargeException.class, NotFoundException.class, ConcurrencyFailureException.class, jakarta.persistence.OptimisticLockException.class})
    ResponseEntity<Object> refused(Exception exception, NativeWebRequest request) throws IOException {
        Refusals.Refusal refusal = Refusals.refusalOf(exception).orElseThrow(() -> new IllegalStateException("no row for " + exception, exception));
        log.info("Refused {} with {}: {}", path(request), refusal.status(), refusal.message());
        return answer(HttpStatus.valueOf(refusal.status()), refusal.message(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage("refusal.unreadable-body", null, Refusals.VIETNAMESE));
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    /** Every answer of Spring MVC's own handling passes here: a 5xx hides the failure, each gets a message. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given : ProblemDetail.forStatus(status);
        if (status.is5xxServerError()) {
            String reference = Refusals.report(path(request) + " -> " + status.value(), exception);
            problem.setDetail(messages.getMessage("refusal.system-failure", new Object[]{reference}, Refusals.VIETNAMESE));
            problem.setProperty("reference", reference);
        } else {
            log.info("Refused {} with {}: {}", path(request), status.value(), exception.toString());
            if (!(body instanceof ProblemDetail given && given.getDetail() != null && isOurs(exception))) {
                problem.setDetail(inVietnamese(exception, status));
            }
        }
        problem.setProperty("message", problem.getDetail());
        if (request instanceof NativeWebRequest web && wantsAPage(web)) {
            if (!status.is5xxServerError()) {
                // the page says why, as the answer to a program does
                web.setAttribute(ReferencedErrorAttributes.REFUSAL, problem.getDetail(), RequestAttributes.SCOPE_REQUEST);
            }
            try {
                // Spring Boot's /error renders the shared page, with ReferencedErrorAttributes' reference for a 5xx
                web.getNativeResponse(HttpServletResponse.class).sendError(status.value());
                return null;
            } catch (IOException e) {
                log.debug("The error page could not be sent: {}", e.toString());
            }
        }
        return super.handleExceptionInternal(exception, problem, headers, status, request);
    }

    /** Whether the detail was written here (a handler of this class), not by Spring MVC in English. */
    private static boolean isOurs(Exception exception) {
        return exception instanceof HttpMessageNotReadableException;
    }

    /**
     * Spring MVC's refusal in Vietnamese: its detail code ({@code problemDetail.<exception class>}) from
     * messages_vi.properties with Spring's own arguments, or a sentence with the status when it has none.
     */
    private String inVietnamese(Exception exception, HttpStatusCode status) {
        String code = exception instanceof ErrorResponse error ? error.getDetailMessageCode()
                : ErrorResponse.getDefaultDetailMessageCode(exception instanceof TypeMismatchException ? TypeMismatchException.class : exception.getClass(), null);
        Object[] arguments = exception instanceof NoResourceFoundException missing ? new Object[]{missing.getResourcePath()}
                : exception instanceof ErrorResponse error ? error.getDetailMessageArguments()
                : exception instanceof TypeMismatchException mismatch ? new Object[]{mismatch.getPropertyName(), mismatch.getValue()}
                : null;
        String fallback = messages.getMessage("refusal.request-refused", new Object[]{String.valueOf(status.value())}, Refusals.VIETNAMESE);
        return messages.getMessage(code, arguments, fallback, Refusals.VIETNAMESE);
    }

    private ResponseEntity<Object> answer(HttpStatus status, String message, NativeWebRequest request) throws IOException {
        if (wantsAPage(request)) {
            request.setAttribute(ReferencedErrorAttributes.REFUSAL, message, RequestAttributes.SCOPE_REQUEST);
            request.getNativeResponse(HttpServletResponse.class).sendError(status.value());
            return null;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setProperty("message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A browser on a page (not /api) that asks for HTML: the shared error page rather than JSON. */
    private static boolean wantsAPage(NativeWebRequest request) {
        HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
        if (http == null || http.getRequestURI().startsWith(http.getContextPath() + "/api/")) {
            return false;
        }
        String accept = http.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static String path(WebRequest request) {
        return request.getDescription(false);
    }
}
