package vn.cchc.editorial.notification;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.editorial.article.ArticleVariables;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.PlanDates;
import vn.cchc.editorial.plan.WorkingDays;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The holder of a task that passed its due date (its assignee, else its candidates) gets one e-mail per
 * task and due date: every {@code cchc.notification.overdue-check-interval}, each node looks for such tasks
 * by the application's clock; the message id (task and due date) keeps it to one e-mail however many nodes
 * look, and a new due date makes a new one. The look is made only while the offices are open
 * ({@link WorkingDays#isOpenAt}: a working day of the plan of the year, from 08:00), so a task due on
 * Friday night is mailed on Monday morning, not on Saturday at midnight.
 */
@Component
class OverdueTasks {

    private static final Logger log = LoggerFactory.getLogger(OverdueTasks.class);

    private final TaskService tasks;
    private final Notifier notifier;
    private final TransactionTemplate transactions;
    private final PlanCatalog plans;
    private final Clock clock;

    OverdueTasks(TaskService tasks, Notifier notifier, TransactionTemplate transactions, PlanCatalog plans, Clock clock) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.transactions = transactions;
        this.plans = plans;
        this.clock = clock;
    }

    /** Every {@code cchc.notification.overdue-check-interval}: looks while the offices are open, otherwise waits. */
    @Scheduled(fixedDelayString = "${cchc.notification.overdue-check-interval:PT15M}",
            initialDelayString = "${cchc.notification.overdue-check-interval:PT15M}")
    public void notifyHoldersDuringOfficeHours() {
        Instant now = clock.instant();
        WorkingDays days = plans.forYear(PlanDates.dayOf(now, clock).getYear()).map(Plan::workingDays)
                .orElseGet(() -> WorkingDays.weekdays(clock));
        if (days.isOpenAt(now)) {
            notifyHolders();
        }
    }

    /** Mails the holder of every task past its due date, now. */
    public void notifyHolders() {
        for (Task task : tasks.createTaskQuery().dueBefore(Date.from(clock.instant())).list()) {
            try {
                transactions.executeWithoutResult(status -> notifyHolder(task));
            } catch (DataIntegrityViolationException e) {
                log.debug("Overdue task {} recorded by another node meanwhile", task.getId());
            }
        }
    }

    void notifyHolder(Task task) {
        Set<String> holders;
        if (task.getAssignee() != null) {
            holders = Set.of(task.getAssignee());
        } else {
            List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
            holders = notifier.peopleOf(links.stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList(),
                    links.stream().map(IdentityLink::getUserId).filter(Objects::nonNull).toList());
        }
        Map<String, Object> variables = task.getProcessInstanceId() == null ? Map.of()
                : tasks.getVariables(task.getId(), List.of(ArticleVariables.ARTICLE_CODE, ArticleVariables.TITLE));
        notifier.notify(NotificationKind.OVERDUE, task.getId() + ":" + task.getDueDate().getTime(), holders,
                new Notifier.Facts(text(variables.get(ArticleVariables.ARTICLE_CODE)), text(variables.get(ArticleVariables.TITLE)),
                        task.getName(), null, null, notifier.taskLink(task.getId())));
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }
}
