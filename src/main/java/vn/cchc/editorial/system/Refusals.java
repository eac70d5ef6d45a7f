package vn.cchc.editorial.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormException;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.PvmException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.spin.SpinRuntimeException;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;

import java.security.SecureRandom;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one table of refusals: which failure is answered with which status and message, on the engine's
 * REST API (/engine-rest and the webapps' /camunda/api/engine, {@link RestApiConfiguration#ON_BOTH_APIS})
 * and, through {@link ApiRefusals}, on /api. A new kind of failure adds a row to {@link #TABLE}, not a class.
 *
 * <p>On the engine's API the answer keeps Camunda's shape, {@code {"type": ..., "message": ...}} (Tasklist
 * and Cockpit show {@code message}), and a form's problems about its fields are also given one by one,
 * {@code "fields": [{"field": <the form field's key>, "message": ...}]}; texts the table writes itself come from {@code messages_vi.properties}
 * through Spring's {@code MessageSource}, texts domain code gives (a form's problems) are passed on as they are.
 *
 * <p>Besides the table, what only the finished answer shows is judged here as a request/response filter:
 * <ul>
 *   <li>a lost race, after the fact: a write on {@code task/{id}/...} that failed while the task is no longer
 *       open is 409 when history shows the task ended after the request arrived (someone else finished it
 *       first), and 404 when it never existed or had ended before. Whatever shape the loser's failure took (a
 *       form that looks changed, a permission gone with the task, the engine's NullPointerException), the
 *       fact behind it is the same; nothing was saved, the failed request's transaction rolled back;</li>
 *   <li>a body Jersey's JSON reader rejected (its answer is plain text naming Java classes), an empty 400
 *       message, a POST/PUT without body that the webapps' copy of the API fails on with a
 *       NullPointerException, a negative firstResult/maxResults the database would fail on;</li>
 *   <li>every 5xx: logged at ERROR with a new reference ({@link #report}), answered with a Vietnamese message
 *       carrying the reference and nothing of the failure (SQL, class names, stack).</li>
 * </ul>
 * Filters run after every exception mapper, Camunda's included; JAX-RS picks the mapper of the nearest
 * exception type, so {@link #MAPPERS} names one per type Camunda maps itself, each handing to {@link #answer}.
 * Expected refusals leave one INFO line.
 */
@Priority(0)
public final class Refusals implements ContainerRequestFilter, ContainerResponseFilter {

    /** The language of every refusal the table writes, whatever the caller's Accept-Language. */
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** The {@code type} of a 5xx answer on the engine's API, in place of an exception's class name. */
    static final String SYSTEM_FAILURE = "SystemFailure";

    /** An answer decided by the table: HTTP status, a short name for programs, the Vietnamese message. */
    public record Refusal(int status, String type, String message, Throwable found) {
    }

    /**
     * One row: the first row whose {@code type} is the failure itself or (when {@code inCauses}) one of its
     * causes, and whose {@code when} holds, answers it. {@code messageKey} names the text in
     * messages_vi.properties, with {@code arguments} read from the exception found; without a key the
     * exception's own (Vietnamese) message is the answer. {@code type} null: the exception's class name.
     */
    record Row(Class<? extends Throwable> exception, Predicate<Throwable> when, boolean inCauses, int status, String type,
               String messageKey, Function<Throwable, Object[]> arguments) {

        static Row own(Class<? extends Throwable> exception, int status) {
            return new Row(exception, t -> true, true, status, null, null, t -> new Object[0]);
        }

        static Row keyed(Class<? extends Throwable> exception, int status, String type, String messageKey) {
            return new Row(exception, t -> true, true, status, type, messageKey, t -> new Object[0]);
        }

        Row onlyWhen(Predicate<Throwable> condition) {
            return new Row(exception, condition, inCauses, status, type, messageKey, arguments);
        }

        Row withArguments(Function<Throwable, Object[]> read) {
            return new Row(exception, when, inCauses, status, type, messageKey, read);
        }

        /** Only the failure itself, not a cause: deeper down the same type is the engine's own trouble. */
        Row notInCauses() {
            return new Row(exception, when, false, status, type, messageKey, arguments);
        }
    }

    private static final int BAD_REQUEST = 400, FORBIDDEN = 403, NOT_FOUND = 404, CONFLICT = 409, TOO_LARGE = 413;

    /** Camunda's REST API's words for a value it could not convert to its declared type; it gives nothing else. */
    private static final Pattern CONVERSION = Pattern.compile("Cannot convert value '(.*)' of type '(\\w+)' to java type", Pattern.DOTALL);

    static final List<Row> TABLE = List.of(
            // a form's or a listener's refusal (InvalidInputException, too): its own sentence alone, without
            // "Cannot submit task form 4d62…: ENGINE-03051 …" around it, whatever status the engine chose
            Row.own(FormException.class, BAD_REQUEST),
            // something done once per key was done already (the year's plan run, say): its own message
            Row.own(OncePerKeyConflict.class, CONFLICT),
            // a file beyond its limit, a file or item that is not there: their own sentences
            Row.own(TooLargeException.class, TOO_LARGE),
            Row.own(NotFoundException.class, NOT_FOUND),
            // two people changed the same item or task at once: the first won, nothing of the second was saved
            Row.keyed(OptimisticLockingException.class, CONFLICT, "ConcurrentChange", "refusal.concurrent-change"),
            Row.keyed(ConcurrencyFailureException.class, CONFLICT, "ConcurrentChange", "refusal.concurrent-change"),
            Row.keyed(jakarta.persistence.OptimisticLockException.class, CONFLICT, "ConcurrentChange", "refusal.concurrent-change"),
            // the other request ended the process instance, or moved its execution on, while this one loaded it:
            // the engine fails before its optimistic locking would, with a plain ProcessEngineException or
            // PvmException that only its message tells apart (no type of its own)
            Row.keyed(ProcessEngineException.class, CONFLICT, "ConcurrentChange", "refusal.concurrent-change")
                    .onlyWhen(t -> t.getMessage() != null && t.getMessage().contains("Cannot restore state of process instance")),
            Row.keyed(PvmException.class, CONFLICT, "ConcurrentChange", "refusal.concurrent-change")
                    .onlyWhen(t -> t.getMessage() != null && t.getMessage().contains("has no current activity")),
            // two board members click "Nhận việc" on one review: the second is told who has it
            Row.keyed(TaskAlreadyClaimedException.class, CONFLICT, "TaskAlreadyClaimed", "refusal.already-claimed")
                    .withArguments(t -> new Object[]{((TaskAlreadyClaimedException) t).getTaskAssignee()}),
            // the engine's refusal names the missing grant in English: the first one, said in Vietnamese
            Row.keyed(AuthorizationException.class, FORBIDDEN, "AuthorizationException", "refusal.missing-grant")
                    .onlyWhen(t -> !((AuthorizationException) t).getMissingAuthorizations().isEmpty())
                    .withArguments(t -> new Object[]{firstGrant(((AuthorizationException) t).getMissingAuthorizations())}),
            // a refusal of our own (separation of duties, say), already in Vietnamese
            Row.own(AuthorizationException.class, FORBIDDEN),
            Row.keyed(SpinRuntimeException.class, BAD_REQUEST, "InvalidJsonValue", "refusal.invalid-json-value")
                    .withArguments(t -> new Object[]{t.getMessage()}),
            // the engine's check of a required argument (a query's variable without a type): the request lacks it
            Row.keyed(NullValueException.class, BAD_REQUEST, "NullValueException", "refusal.missing-value").notInCauses(),
            Row.own(BadUserRequestException.class, BAD_REQUEST),
            Row.keyed(InvalidRequestException.class, BAD_REQUEST, "InvalidRequestException", "refusal.wrong-type")
                    .onlyWhen(t -> t.getMessage() != null && CONVERSION.matcher(t.getMessage()).find())
                    .withArguments(Refusals::wrongType).notInCauses(),
            // JAX-RS answers a parameter it cannot convert (maxResults=abc) with a bare 404, as if the address did not exist
            Row.keyed(ParamException.class, BAD_REQUEST, "InvalidParameter", "refusal.invalid-parameter")
                    .withArguments(t -> new Object[]{((ParamException) t).getParameterName()}).notInCauses());

    /** The rows that hold even when a RestException chose a 4xx of its own (a 404 for an unknown definition stays one). */
    private static final Set<Class<?>> OVER_A_CHOSEN_STATUS = Set.of(FormException.class, InvalidRequestException.class);

    /** Mappers for the types Camunda and Jersey map themselves; registered at priority 1, before theirs. */
    static final List<Class<?>> MAPPERS = List.of(OfEngine.class, OfRest.class, OfParameter.class, OfSpring.class);

    private static final Pattern TASK_WRITE = Pattern.compile("(?:^|/)task/([^/]+)/[^/]+");
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final List<String> PAGING = List.of("firstResult", "maxResults");
    private static final String WITHOUT_BODY = Refusals.class.getName() + ".withoutBody";
    private static final String ARRIVED = Refusals.class.getName() + ".arrived";

    private static final Logger log = LoggerFactory.getLogger(Refusals.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile MessageSource messages;

    /** Set from Spring's MessageSource when the application starts (RestApiConfiguration): Jersey creates this class, not Spring. */
    static void useMessages(MessageSource source) {
        messages = source;
    }

    /** The text named {@code key} in messages_vi.properties, its {0}, {1} filled with {@code arguments}. */
    static String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }

    /** The table's answer to a failure, or empty when no row holds (Camunda's own answer then stands). */
    public static Optional<Refusal> refusalOf(Throwable failure) {
        boolean chosenStatus = failure instanceof RestException rest && rest.getStatus() != null
                && rest.getStatus() != Response.Status.INTERNAL_SERVER_ERROR;
        for (Row row : TABLE) {
            if (chosenStatus && !OVER_A_CHOSEN_STATUS.contains(row.exception())) {
                continue;
            }
            for (Throwable t = failure; t != null; t = t.getCause() == t || !row.inCauses() ? null : t.getCause()) {
                if (row.exception().isInstance(t) && row.when().test(t)) {
                    String message = row.messageKey() == null ? t.getMessage() : text(row.messageKey(), row.arguments().apply(t));
                    return Optional.of(new Refusal(row.status(), row.type() == null ? t.getClass().getSimpleName() : row.type(),
                            message == null ? Response.Status.fromStatusCode(row.status()).getReasonPhrase() : message, t));
                }
            }
        }
        return Optional.empty();
    }

    /** The answer on the engine's REST API: the table's row in Camunda's shape, or Camunda's own answer. */
    static Response answer(Throwable failure) {
        Optional<Refusal> refusal = refusalOf(failure);
        if (refusal.isEmpty()) {
            return ExceptionHandlerHelper.getInstance().getResponse(failure);
        }
        Refusal r = refusal.get();
        log.info("Refused with {} {}: {}", r.status(), r.type(), failure.toString());
        if (r.found() instanceof AuthorizationException denied && !denied.getMissingAuthorizations().isEmpty()) {
            // Camunda's format stays for programs (userId, missingAuthorizations); its message is ours
            AuthorizationExceptionDto dto = AuthorizationExceptionDto.fromException(denied);
            dto.setMessage(r.message());
            return Response.status(r.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(dto).build();
        }
        List<InvalidInputException.Problem> atFields = InvalidInputException.findIn(failure)
                .map(InvalidInputException::getFieldProblems).orElse(List.of());
        if (!atFields.isEmpty()) {
            // Camunda's shape for programs that read "message", and each problem at its form field for Tasklist
            // (vi-forms/form-help.js shows it under that field)
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", r.type());
            body.put("message", r.message());
            body.put("fields", atFields.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
            return Response.status(r.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
        }
        return answer(r.status(), r.type(), r.message());
    }

    /** An error answer in Camunda's shape: {"type": ..., "message": ...}. */
    static Response answer(int status, String type, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Map.of("type", type, "message", message))
                .build();
    }

    static Response answer(Response.Status status, String type, String message) {
        return answer(status.getStatusCode(), type, message);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        for (String name : PAGING) {
            String value = request.getUriInfo().getQueryParameters().getFirst(name);
            if (value != null && value.strip().startsWith("-")) {
                request.abortWith(answer(BAD_REQUEST, "InvalidParameter", text("refusal.negative-paging", name)));
                return;
            }
        }
        if ((HttpMethod.POST.equals(request.getMethod()) || HttpMethod.PUT.equals(request.getMethod())) && !request.hasEntity()) {
            request.setProperty(WITHOUT_BODY, Boolean.TRUE);
        }
        // the engine's clock, which writes a task's end time in history: no query here, only a time to judge by
        request.setProperty(ARRIVED, ClockUtil.getCurrentTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400) {
            return;
        }
        if (status == 400 && response.getEntity() instanceof ExceptionDto dto && (dto.getMessage() == null || dto.getMessage().isBlank())) {
            dto.setMessage(text("refusal.unreadable-body"));
        }
        if (status == 400 && response.getEntity() instanceof String) {
            // Jersey's JSON reader's own answer: its message as plain text, naming Java classes
            replace(response, answer(BAD_REQUEST, "InvalidRequestException", text("refusal.unreadable-body")));
        }
        if (status == 500 && request.getProperty(WITHOUT_BODY) != null && request.getUriInfo() instanceof ExtendedUriInfo uri
                && uri.getMappedThrowable() instanceof NullPointerException) {
            // the webapps' copy of the API reads an empty body as no object at all and fails on it
            replace(response, answer(BAD_REQUEST, "MissingBody", text("refusal.missing-body")));
        }
        afterTheFact(request, response);
        if (response.getStatus() >= 500) {
            hide(request, response);
        }
    }

    /** A failed write on a task no longer open: 409 when it ended after the request arrived (a race), else 404. */
    private static void afterTheFact(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status == 401 || status == CONFLICT || READS.contains(request.getMethod())
                || !(request.getProperty(ARRIVED) instanceof Date arrived)) {
            return;
        }
        Matcher task = TASK_WRITE.matcher(request.getUriInfo().getPath());
        if (!task.find()) {
            return;
        }
        String taskId = task.group(1);
        switch (taskState(taskId, arrived)) {
            case OPEN -> {
            }
            case ENDED_MEANWHILE -> {
                log.info("Task {} was finished by a concurrent request; the loser's {} answered 409", taskId, status);
                replace(response, answer(CONFLICT, "ConcurrentChange", text("refusal.concurrent-change")));
            }
            case GONE -> replace(response, answer(NOT_FOUND, "TaskNotFound", text("refusal.task-not-found")));
        }
    }

    /** Open; ended while the request ran (history's end time is not before its arrival); gone or never there. */
    enum TaskState { OPEN, ENDED_MEANWHILE, GONE }

    /** Looked up without the caller's permissions: whether the task exists or existed, not whether they may see it. */
    static TaskState taskState(String taskId, Date arrived) {
        ProcessEngine engine = AddressedEngine.lookup(null);
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    if (context.getTaskManager().findTaskById(taskId) != null) {
                        return TaskState.OPEN;
                    }
                    HistoricTaskInstanceEntity ended = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
                    return ended != null && ended.getEndTime() != null && !ended.getEndTime().before(arrived)
                            ? TaskState.ENDED_MEANWHILE : TaskState.GONE;
                });
    }

    /** Camunda's shape ({@code type}, {@code message}, {@code code}) with a Vietnamese message and a reference. */
    private static void hide(ContainerRequestContext request, ContainerResponseContext response) {
        Throwable failure = request.getUriInfo() instanceof ExtendedUriInfo uri ? uri.getMappedThrowable() : null;
        ExceptionDto answer = new ExceptionDto();
        answer.setType(SYSTEM_FAILURE);
        answer.setCode(response.getEntity() instanceof ExceptionDto dto && dto.getCode() != null ? dto.getCode() : 0);
        answer.setMessage(text("refusal.system-failure", report(request.getMethod() + " " + request.getUriInfo().getPath()
                + " -> " + response.getStatus() + (failure == null ? " " + response.getEntity() : ""), failure)));
        response.setEntity(answer, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
    }

    private static void replace(ContainerResponseContext response, Response refusal) {
        response.setStatus(refusal.getStatus());
        response.getHeaders().putSingle("Content-Type", refusal.getMediaType());
        response.setEntity(refusal.getEntity());
    }

    /**
     * A failure nobody foresaw: logged at ERROR with its stack under a new reference (8 hexadecimal digits,
     * random), which the person is given to report. What went wrong inside stays in the log.
     *
     * @return the reference
     */
    static String report(String request, Throwable failure) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String reference = HexFormat.of().formatHex(bytes);
        log.error("Unexpected failure, reference {}, on {}", reference, request, failure);
        return reference;
    }

    /** "PERMISSION trên RESOURCE [id]": the first grant that would have allowed it; the others stay in missingAuthorizations. */
    private static String firstGrant(List<MissingAuthorization> missing) {
        MissingAuthorization first = missing.get(0);
        return "%s trên %s%s".formatted(first.getViolatedPermissionName(), first.getResourceType(),
                first.getResourceId() == null || "*".equals(first.getResourceId()) ? "" : " " + first.getResourceId());
    }

    private static Object[] wrongType(Throwable t) {
        Matcher conversion = CONVERSION.matcher(t.getMessage());
        conversion.find();
        String value = conversion.group(1);
        return new Object[]{value.length() > 60 ? value.substring(0, 60) + "…" : value, conversion.group(2)};
    }

    @Priority(1)
    public static final class OfEngine implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return answer(exception);
        }
    }

    @Priority(1)
    public static final class OfRest implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            return answer(exception);
        }
    }

    @Priority(1)
    public static final class OfParameter implements ExceptionMapper<ParamException> {
        @Override
        public Response toResponse(ParamException exception) {
            return answer(exception);
        }
    }

    /** A conflict that surfaces from Spring's transaction commit, outside the engine. */
    @Priority(1)
    public static final class OfSpring implements ExceptionMapper<ConcurrencyFailureException> {
        @Override
        public Response toResponse(ConcurrencyFailureException exception) {
            return answer(exception);
        }
    }
}
