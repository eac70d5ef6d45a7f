package vn.cchc.editorial.article;

import vn.cchc.editorial.system.InvalidInputException;
import vn.cchc.editorial.system.MultiInstanceCounters;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.cchc.editorial.identity.Roles;
import vn.cchc.editorial.system.EngineUsers;
import vn.cchc.editorial.system.SubmittedForm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static vn.cchc.editorial.article.ArticleVariables.*;

/**
 * What a form submission may do. A REST client can send any variable with any type to a start form or a
 * task, and the engine stores it: here unknown variables, wrong types, and changes to what the system
 * set (the author, the item's id, its channels) are refused, and only the people a task is meant for may
 * complete it. The item's own record, not a variable, is the reference.
 */
public final class FormGuard {

    public static final Set<String> START_FIELDS = Set.of(TITLE, SUMMARY, CONTENT, LINKS, TOPIC, KIND, CHANNELS);
    /** Every variable the process itself uses; anything else was slipped in. */
    static final Set<String> PROCESS_VARIABLES = union(Set.of(TITLE, SUMMARY, CONTENT, LINKS, TOPIC, KIND, CHANNELS, AUTHOR,
            AUTHOR_UNIT, ARTICLE_ID, ARTICLE_CODE, CHANNEL_CODES, CHANNEL, REVIEW_DECISION, REVIEW_COMMENT,
            CONTENT_PREVIEW, AUTHOR_PERSON, REVIEW_HISTORY, REMIND_AT, ESCALATE_AT, OFFICE, EDITORIAL_BOARD, DIRECT_CHANNEL, CHANNEL_NAME, INTERVENTION_NOTE,
            PROVINCIAL_DECISION, PUBLISHED_URL, PUBLISHED_ON, REFUSAL_REASON), MultiInstanceCounters.NAMES);
    private static final Set<String> TEXT = Set.of(TITLE, SUMMARY, CONTENT, LINKS, TOPIC, KIND, REVIEW_DECISION,
            REVIEW_COMMENT, PROVINCIAL_DECISION, PUBLISHED_URL, REFUSAL_REASON);
    private static final Map<String, Set<String>> OTHER_TYPES = Map.of(
            CHANNELS, Set.of("string", "json", "null"),
            PUBLISHED_ON, Set.of("string", "date", "null"));
    private static final Set<String> ARTICLE_TEXT = Set.of(TITLE, SUMMARY, CONTENT, LINKS);

    private FormGuard() {
    }

    private static Set<String> union(Set<String> some, Set<String> others) {
        Set<String> all = new TreeSet<>(some);
        all.addAll(others);
        return Set.copyOf(all);
    }

    /** The start form: its own fields only, as text, and the author is whoever is logged in. */
    static void checkStart(DelegateExecution execution) {
        Set<String> names = new TreeSet<>(execution.getVariableNames());
        names.removeAll(START_FIELDS);
        names.remove(AUTHOR);
        refuseUnknown(names);
        checkTypes(execution, execution.getVariableNames());
        String user = currentUser(execution.getProcessEngineServices().getIdentityService());
        if (user != null && !user.equals(execution.getVariable(AUTHOR))) {
            throw new InvalidInputException("Người soạn tin bài là người đang đăng nhập; không được khai tên người khác.");
        }
    }

    /**
     * A task of the item: known variables only, of the right types, and what the item's record says left as
     * it is. The names in {@code editable} are the ones this task's form may change.
     */
    public static void checkTask(DelegateTask task, Article article, Set<String> editable) {
        Set<String> names = new TreeSet<>(task.getVariableNames());
        names.removeAll(PROCESS_VARIABLES);
        refuseUnknown(names);
        checkTypes(task, task.getVariableNames());

        List<String> changed = new ArrayList<>();
        same(changed, AUTHOR, task.getVariable(AUTHOR), article.getAuthor());
        same(changed, AUTHOR_UNIT, task.getVariable(AUTHOR_UNIT), article.getUnitCode());
        same(changed, ARTICLE_CODE, task.getVariable(ARTICLE_CODE), article.getCode());
        same(changed, TOPIC, task.getVariable(TOPIC), article.getTopic().name());
        same(changed, KIND, task.getVariable(KIND), article.getKind().name());
        Object id = task.getVariable(ARTICLE_ID);
        if (!(id instanceof Number n) || n.longValue() != article.getId()) {
            changed.add(ARTICLE_ID);
        }
        if (!channelCodesOf(task).equals(article.getChannels())) {
            changed.add(CHANNEL_CODES);
        }
        for (String field : ARTICLE_TEXT) {
            if (!editable.contains(field)) {
                same(changed, field, task.getVariable(field), textOf(article, field));
            }
        }
        if (!changed.isEmpty()) {
            throw new InvalidInputException(SubmittedForm.NOT_CHANGEABLE.formatted(String.join(", ", changed)));
        }
    }

    /** Only members of the task's candidate groups (the board, for a review) may complete it. */
    public static void requireCandidate(DelegateTask task, String message) {
        String user = TaskUsers.actingUser(task);
        Set<String> candidates = EngineUsers.candidateGroupsOf(task);
        if (candidates.isEmpty() ? !user.equals(task.getAssignee()) : groupsOf(task, user).stream().noneMatch(candidates::contains)) {
            throw new AuthorizationException(message);
        }
    }

    /**
     * Only the author, a colleague of the author's unit, or an administrator (helping on the author's
     * behalf; docs/security.md) may revise the item. No other unit acts for it.
     */
    static void requireAuthorsUnit(DelegateTask task, Article article) {
        String user = TaskUsers.actingUser(task);
        Set<String> groups = groupsOf(task, user);
        if (!user.equals(article.getAuthor()) && !groups.contains(article.getUnitCode())
                && !groups.contains(Roles.ADMINISTRATORS)) {
            throw new AuthorizationException("Chỉ tác giả hoặc người cùng đơn vị với tác giả mới được sửa tin bài này.");
        }
    }

    /** The user's groups, whatever the user may read. */
    private static Set<String> groupsOf(DelegateTask task, String user) {
        return EngineUsers.groupsOf(task.getProcessEngineServices().getIdentityService(), user);
    }

    private static void refuseUnknown(Collection<String> names) {
        if (!names.isEmpty()) {
            List<String> shown = names.stream().limit(5).map(ArticleInputValidator::abbreviate).toList();
            throw new InvalidInputException(SubmittedForm.UNKNOWN_FIELDS.formatted(
                    String.join(", ", shown.stream().map(n -> "\"" + n + "\"").toList()) + (names.size() > 5 ? ", …" : "")));
        }
    }

    /** Types are read without deserializing anything: a value of a foreign type is refused before it is built. */
    private static void checkTypes(VariableScope scope, Collection<String> names) {
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            Set<String> allowed = TEXT.contains(name) ? Set.of("string", "null") : OTHER_TYPES.get(name);
            if (allowed == null) {
                continue;
            }
            TypedValue value = scope.getVariableTyped(name, false);
            String type = value == null || value.getType() == null ? "null" : value.getType().getName();
            if (!allowed.contains(type)) {
                problems.add("Trường \"%s\" phải là văn bản, không phải kiểu %s.".formatted(name, type));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static List<String> channelCodesOf(DelegateTask task) {
        TypedValue value = task.getVariableTyped(CHANNEL_CODES, false);
        if (!(value instanceof ObjectValue object) || object.getObjectTypeName() == null
                || !object.getObjectTypeName().startsWith("java.util.")
                || !ValueType.OBJECT.equals(value.getType())) {
            return List.of();
        }
        Object codes = task.getVariable(CHANNEL_CODES);
        return codes instanceof Collection<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static void same(List<String> changed, String name, Object value, String expected) {
        if (!ArticleInputValidator.text(value).equals(expected == null ? "" : expected.strip())) {
            changed.add(name);
        }
    }

    private static String textOf(Article article, String field) {
        return switch (field) {
            case TITLE -> article.getTitle();
            case SUMMARY -> article.getSummary();
            case CONTENT -> article.getContent();
            default -> article.getLinks();
        };
    }

    private static String currentUser(IdentityService identity) {
        return EngineUsers.currentUser(identity);
    }
}
