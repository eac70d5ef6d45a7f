package vn.cchc.editorial.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.ArticleVariables;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * E-mails caused by tasks, in the engine's transaction: Camunda's Spring Boot starter hands every task
 * event to Spring's listeners ({@code camunda.bpm.eventing.task}, on by default), after the BPMN's own
 * task listeners (so the task already carries its name, e.g. "Duyệt tin bài: …"). A refused completion
 * rolls back the e-mail with the decision.
 * <ul>
 *   <li>created: the candidates of a review task (the Board), of a quota reminder (the lead unit), of every
 *   task offered to the Office (an escalation, a missed quota, any other); the author of a revision task
 *   (the item was sent back);</li>
 *   <li>completed: the Board's approval or rejection, to the author.</li>
 * </ul>
 * Not BPMN listeners: the same listener sees every process, and the models stay as they are.
 */
@Component
class TaskNotifications {

    /** By task definition key: what the creation of such a task tells its candidates. */
    private static final Map<String, NotificationKind> CREATED = Map.of(
            "Task_ReviewArticle", NotificationKind.REVIEW_TASK,
            "Task_RemindLeadUnit", NotificationKind.QUOTA_REMINDER,
            "Task_HandleMissedQuota", NotificationKind.MISSED_QUOTA,
            "Task_InterveneInReview", NotificationKind.ESCALATION,
            "Task_InterveneInHandOff", NotificationKind.ESCALATION,
            "Task_ChaseMonthlyReport", NotificationKind.ESCALATION,
            "Task_EscalateReport", NotificationKind.ESCALATION);
    static final String REVISION_TASK = "Task_ReviseArticle";
    static final String REVIEW_TASK = "Task_ReviewArticle";

    private final Notifier notifier;

    TaskNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            created(task);
        } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) && REVIEW_TASK.equals(task.getTaskDefinitionKey())) {
            decided(task);
        }
    }

    private void created(DelegateTask task) {
        if (REVISION_TASK.equals(task.getTaskDefinitionKey())) {
            notifier.notify(NotificationKind.SENT_BACK, task.getId(), List.of(author(task)),
                    facts(task, text(task, ArticleVariables.REVIEW_COMMENT), notifier.taskLink(task.getId())));
            return;
        }
        Set<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        NotificationKind kind = CREATED.get(task.getTaskDefinitionKey());
        if (kind == null && groups.contains(text(task, ArticleVariables.OFFICE))) {
            kind = NotificationKind.OFFICE_TASK;
        }
        if (kind == null) {
            return;
        }
        List<String> users = task.getCandidates().stream().map(IdentityLink::getUserId).filter(Objects::nonNull).toList();
        Set<String> people = notifier.peopleOf(groups, users);
        if (task.getAssignee() != null) {
            people.add(task.getAssignee());
        }
        notifier.notify(kind, task.getId(), people, facts(task, null, notifier.taskLink(task.getId())));
    }

    private void decided(DelegateTask task) {
        String decision = text(task, ArticleVariables.REVIEW_DECISION);
        NotificationKind kind = "APPROVE".equals(decision) ? NotificationKind.APPROVED
                : "REJECT".equals(decision) ? NotificationKind.REJECTED : null;
        if (kind != null) {
            notifier.notify(kind, task.getId(), List.of(author(task)),
                    facts(task, text(task, ArticleVariables.REVIEW_COMMENT), notifier.tasklistLink()));
        }
    }

    private static Notifier.Facts facts(DelegateTask task, String comment, String link) {
        return new Notifier.Facts(text(task, ArticleVariables.ARTICLE_CODE), text(task, ArticleVariables.TITLE),
                task.getName(), text(task, ArticleVariables.CHANNEL_NAME), comment, link);
    }

    private static String author(DelegateTask task) {
        return text(task, ArticleVariables.AUTHOR);
    }

    private static String text(DelegateTask task, String variable) {
        return task.getVariable(variable) instanceof String value ? value : null;
    }
}
