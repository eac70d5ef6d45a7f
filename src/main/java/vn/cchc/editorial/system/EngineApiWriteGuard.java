package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first line around the review (docs/security.md, "Doors of the engine's API"): on the engine's REST
 * API, at /engine-rest and at the webapps' copy /camunda/api/engine alike, a person who is not an
 * administrator may send a state-changing request (POST, PUT, DELETE, PATCH) only of the kinds listed
 * below; every other write is refused with 403 and a Vietnamese message before the engine sees it,
 * whatever grants the engine's database may hold. Reads (GET, HEAD, OPTIONS) are left to the engine's
 * authorization checks.
 *
 * <p>A person may:
 * <ul>
 *   <li>start a process from its first step: {@code process-definition/…/start} or {@code …/submit-form}
 *       without {@code startInstructions}, {@code skipCustomListeners} or {@code skipIoMappings};</li>
 *   <li>claim an open task for themselves, complete it or submit its form (the engine checks TASK_WORK, the
 *       process's listeners check who decides and what the form may change); releasing a claim, or
 *       claiming for someone else, is an administrator's;</li>
 *   <li>and a start or a task's submission carries only the fields its form shows, read-only ones as
 *       shown ({@link SubmittedForm}; 400 otherwise);</li>
 *   <li>comment on or attach a file to an open task of which they are the assignee or a candidate;</li>
 *   <li>query with a POST body (Tasklist, Cockpit), and list a Tasklist filter;</li>
 *   <li>change their own profile and password, and check a password against the policy.</li>
 * </ul>
 * Moving an instance (start instructions, modification, restart, migration, messages, signals, conditions,
 * BPMN errors and escalations thrown from a task, jobs), writing variables directly, creating, updating,
 * delegating or reassigning tasks, deleting anything, and every endpoint not listed: administrators only.
 * Members of the engine's administrator groups ({@code camunda-admin}) and its administrator users pass (the engine
 * itself still refuses what nobody may do, such as a DENY authorization: {@link GrantsOnly}).
 * A person's work on a task that is not open (finished, deleted, unknown) is answered 404.
 */
@Priority(Priorities.AUTHORIZATION)
public class EngineApiWriteGuard implements ContainerRequestFilter {

    static final String NOT_FOR_YOU = "Bạn không có quyền thực hiện thao tác này: chỉ quản trị viên mới được "
            + "thay đổi trực tiếp quy trình, công việc, biến hoặc dữ liệu của hệ thống.";
    static final String FROM_THE_FIRST_STEP = "Quy trình phải được bắt đầu từ bước đầu tiên: không được chỉ định "
            + "bước bắt đầu hay bỏ qua các bước kiểm tra (startInstructions, skipCustomListeners, skipIoMappings).";
    static final String NOT_YOUR_TASK = "Chỉ người được giao hoặc người thuộc nhóm xử lý công việc này mới được "
            + "thêm bình luận hoặc tệp đính kèm.";
    static final String NOT_YOURSELF = "Bạn chỉ được thay đổi thông tin và mật khẩu của chính mình.";
    static final String CLAIM_FOR_YOURSELF = "Bạn chỉ được nhận việc cho chính mình; giao việc cho người khác là việc "
            + "của quản trị viên.";
    static final String RELEASE_BY_ADMIN = "Chỉ quản trị viên mới trả lại được công việc đã nhận. Hãy hoàn thành "
            + "công việc hoặc liên hệ quản trị viên.";
    static final String NO_OPEN_TASK = "Không tìm thấy công việc đang mở: công việc đã kết thúc hoặc không tồn tại. "
            + "Hãy tải lại danh sách công việc.";
    static final String NOT_LOGGED_IN = "Bạn cần đăng nhập để thực hiện thao tác này.";

    private static final Logger log = LoggerFactory.getLogger(EngineApiWriteGuard.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /** The webapps' copy prefixes every path with the engine's name. */
    private static final Pattern ENGINE_PREFIX = Pattern.compile("^/?engine/[^/]+/");
    private static final Pattern START = Pattern.compile(
            "^process-definition/((?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+))/(?:start|submit-form)$");
    private static final Pattern TASK_SUBMISSION = Pattern.compile("^task/([^/]+)/(?:complete|submit-form)$");
    private static final Pattern CLAIM = Pattern.compile("^task/([^/]+)/claim$");
    private static final Pattern UNCLAIM = Pattern.compile("^task/([^/]+)/unclaim$");
    private static final Pattern TASK_NOTE = Pattern.compile("^task/([^/]+)/(?:comment|attachment)/create$");
    private static final Pattern OWN_USER = Pattern.compile("^user/([^/]+)/(?:profile|credentials)$");
    private static final Pattern QUERY = Pattern.compile("^(?:task|process-instance|execution|variable-instance"
            + "|external-task|job|case-instance|case-execution"
            + "|history/(?:process-instance|activity-instance|task|variable-instance|detail|decision-instance"
            + "|incident|job-log|external-task-log|user-operation|identity-link-log|case-instance"
            + "|case-activity-instance|batch))(?:/count)?$");
    private static final Pattern FILTER_LIST = Pattern.compile("^filter/[^/]+/(?:list|count)$");
    private static final Set<String> OTHER_READS = Set.of("identity/password-policy");

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String method = request.getMethod();
        if (READS.contains(method)) {
            return;
        }
        String path = ENGINE_PREFIX.matcher(request.getUriInfo().getPath()).replaceFirst("");
        path = path.startsWith("/") ? path.substring(1) : path;
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        ProcessEngine engine = AddressedEngine.lookup(null);
        Authentication user = engine.getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            refuse(request, new Refusal(Response.Status.UNAUTHORIZED, "AuthenticationException", NOT_LOGGED_IN), "nobody", method, path);
            return;
        }
        if (isAdministrator(engine, user)) {
            return;
        }
        Refusal refusal = refusalOf(request, engine, user, method, path);
        if (refusal != null) {
            refuse(request, refusal, user.getUserId(), method, path);
        }
    }

    /** A form that carries what it does not show is a bad request (400); anything else is not this person's to do (403). */
    record Refusal(Response.Status status, String type, String message) {
        static Refusal forbidden(String message) {
            return new Refusal(Response.Status.FORBIDDEN, "AuthorizationException", message);
        }

        static Refusal badForm(String message) {
            return message == null ? null : new Refusal(Response.Status.BAD_REQUEST, "InvalidInputException", message);
        }

        /** A task that is not open: finished, deleted, or never there. Nothing may be done to it but read its history. */
        static Refusal gone() {
            return new Refusal(Response.Status.NOT_FOUND, "TaskNotFound", NO_OPEN_TASK);
        }
    }

    /** Why this write is refused to this person, or null when it may go on to the engine. */
    private Refusal refusalOf(ContainerRequestContext request, ProcessEngine engine, Authentication user,
                             String method, String path) throws IOException {
        if (HttpMethod.POST.equals(method)) {
            Matcher start = START.matcher(path);
            if (start.matches()) {
                JsonNode body = bodyOf(request);
                return startsPastTheFirstStep(body) ? Refusal.forbidden(FROM_THE_FIRST_STEP)
                        : Refusal.badForm(SubmittedForm.refusalOf(body, SubmittedForm.startForm(engine, start.group(1))));
            }
            Matcher submission = TASK_SUBMISSION.matcher(path);
            if (submission.matches()) {
                // the task's state and its form in one command
                SubmittedForm.OfTask task = SubmittedForm.taskForm(engine, submission.group(1));
                return !task.open() ? Refusal.gone() : Refusal.badForm(SubmittedForm.refusalOf(bodyOf(request), task.form()));
            }
            Matcher claim = CLAIM.matcher(path);
            if (claim.matches()) {
                JsonNode body = bodyOf(request);
                JsonNode claimant = body == null ? null : body.get("userId");
                return !isOpen(engine, claim.group(1)) ? Refusal.gone()
                        : claimant != null && !user.getUserId().equals(claimant.asText()) ? Refusal.forbidden(CLAIM_FOR_YOURSELF) : null;
            }
            if (UNCLAIM.matcher(path).matches()) {
                return Refusal.forbidden(RELEASE_BY_ADMIN);
            }
            if (QUERY.matcher(path).matches()
                    || FILTER_LIST.matcher(path).matches() || OTHER_READS.contains(path)) {
                return null;
            }
            Matcher note = TASK_NOTE.matcher(path);
            if (note.matches()) {
                return !isOpen(engine, note.group(1)) ? Refusal.gone()
                        : worksOn(engine, user, note.group(1)) ? null : Refusal.forbidden(NOT_YOUR_TASK);
            }
        }
        if (HttpMethod.PUT.equals(method)) {
            Matcher own = OWN_USER.matcher(path);
            if (own.matches()) {
                return own.group(1).equals(user.getUserId()) ? null : Refusal.forbidden(NOT_YOURSELF);
            }
        }
        return Refusal.forbidden(NOT_FOR_YOU);
    }

    /** The request's JSON body, read once and put back for the engine; null when absent or unreadable. */
    private static JsonNode bodyOf(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return null;
        }
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in.readAllBytes();
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        try {
            JsonNode json = JSON.readTree(body);
            return json != null && json.isObject() ? json : null;
        } catch (IOException unreadable) {
            return null; // the engine refuses it as unreadable, with its own 400
        }
    }

    /** Whether a start's body asks to begin elsewhere than the start event or to skip listeners or mappings. */
    private static boolean startsPastTheFirstStep(JsonNode json) {
        if (json == null) {
            return false;
        }
        JsonNode instructions = json.get("startInstructions");
        return (instructions != null && !instructions.isNull() && !(instructions.isArray() && instructions.isEmpty()))
                || isSet(json.get("skipCustomListeners")) || isSet(json.get("skipIoMappings"));
    }

    private static boolean isSet(JsonNode flag) {
        return flag != null && !flag.isNull() && !(flag.isBoolean() && !flag.asBoolean())
                && !"false".equalsIgnoreCase(flag.asText());
    }

    /** Whether the task is open (running), read without the caller's permissions. */
    private static boolean isOpen(ProcessEngine engine, String taskId) {
        return commandExecutor(engine).execute(context -> context.runWithoutAuthorization(
                () -> engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0));
    }

    /** The task's assignee, a candidate user, or a member of a candidate group. */
    private static boolean worksOn(ProcessEngine engine, Authentication user, String taskId) {
        return commandExecutor(engine).execute(context -> context.runWithoutAuthorization(() -> {
            Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
            if (task != null && user.getUserId().equals(task.getAssignee())) {
                return true;
            }
            Set<String> groups = groupsOf(engine, user);
            for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(taskId)) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType())
                        && (user.getUserId().equals(link.getUserId()) || groups.contains(link.getGroupId()))) {
                    return true;
                }
            }
            return false;
        }));
    }

    private static boolean isAdministrator(ProcessEngine engine, Authentication user) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<String> adminUsers = configuration.getAdminUsers();
        List<String> adminGroups = configuration.getAdminGroups();
        return (adminUsers != null && adminUsers.contains(user.getUserId()))
                || (adminGroups != null && groupsOf(engine, user).stream().anyMatch(adminGroups::contains));
    }

    /** The groups the authentication carries, or the person's groups read without their permissions. */
    private static Set<String> groupsOf(ProcessEngine engine, Authentication user) {
        if (user.getGroupIds() != null && !user.getGroupIds().isEmpty()) {
            return new HashSet<>(user.getGroupIds());
        }
        return commandExecutor(engine).execute(context -> EngineUsers.groupsOf(engine.getIdentityService(), user.getUserId()));
    }

    private static org.camunda.bpm.engine.impl.interceptor.CommandExecutor commandExecutor(ProcessEngine engine) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }

    private static void refuse(ContainerRequestContext request, Refusal refusal, String user, String method, String path) {
        log.info("Refused {} {} for {}: {} {}", method, path, user, refusal.status().getStatusCode(), refusal.message());
        request.abortWith(Refusals.answer(refusal.status(), refusal.type(), refusal.message()));
    }
}
