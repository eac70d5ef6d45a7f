package vn.cchc.editorial.publication;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.article.InputConstraints;
import vn.cchc.editorial.article.InputText;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.article.FormGuard;
import vn.cchc.editorial.article.ArticleVariables;
import vn.cchc.editorial.article.InputText;
import vn.cchc.editorial.plan.PlanDates;
import vn.cchc.editorial.system.InvalidInputException;
import vn.cchc.editorial.system.MultiInstanceCounters;
import vn.cchc.editorial.system.InvalidInputException.Problem;
import vn.cchc.editorial.article.TaskUsers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completion of Task_RecordProvincialDecision: the managing unit approved (with the address and date of
 * the post) or refused (with its reason). What is recorded is what counts towards the quota.
 */
@Component
public class RecordProvincialDecision implements TaskListener {

    private final ArticleRepository articles;
    private final PublicationRepository publications;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public RecordProvincialDecision(ArticleRepository articles, PublicationRepository publications, Clock clock,
                                    ApplicationEventPublisher events) {
        this.articles = articles;
        this.publications = publications;
        this.clock = clock;
        this.events = events;
    }

    /** The form's fields of {@link ProvincialDecisionInput}'s components and rules (provincial-decision.form). */
    static final Map<String, String> FIELDS = Map.of("decisionCode", ArticleVariables.PROVINCIAL_DECISION,
            "addressGivenWhenApproved", ArticleVariables.PUBLISHED_URL, "reasonGivenWhenRefused", ArticleVariables.REFUSAL_REASON);

    @Override
    public void notify(DelegateTask task) {
        FormGuard.requireCandidate(task, "Chỉ thành viên Ban Biên tập mới được ghi nhận kết quả duyệt của tỉnh.");
        Article article = articles.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow();
        FormGuard.checkTask(task, article, Set.of());
        String channel = channelOf(task, article);
        String key = Publication.keyOf(article.getId(), channel);
        Publication publication = publications.findByIdempotencyKey(key).orElseThrow();
        ProvincialDecisionInput input = new ProvincialDecisionInput(text(task.getVariable(ArticleVariables.PROVINCIAL_DECISION)),
                text(task.getVariable(ArticleVariables.PUBLISHED_URL)), text(task.getVariable(ArticleVariables.REFUSAL_REASON)));
        List<Problem> problems = new ArrayList<>(InputConstraints.problemsAt(input, FIELDS));
        List<String> dateProblems = new ArrayList<>();
        LocalDate on = input.decision() == ProvincialDecision.APPROVED ? date(task.getVariable(ArticleVariables.PUBLISHED_ON), clock, dateProblems) : null;
        if (on != null && on.isAfter(PlanDates.today(clock))) {
            dateProblems.add("Ngày đăng không được sau ngày hôm nay.");
        }
        dateProblems.forEach(problem -> problems.add(new Problem(ArticleVariables.PUBLISHED_ON, problem)));
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems);
        }
        String user = TaskUsers.actingUser(task);
        task.setVariable(ArticleVariables.PROVINCIAL_DECISION, input.decision().name());
        if (input.decision() == ProvincialDecision.APPROVED) {
            publication.markPublished(input.publishedUrl(), on, PlanDates.startOf(on, clock), user);
            events.publishEvent(new PublicationRecorded(publication.getArticle().getId(), channel,
                    publication.getArticle().getUnitCode(), on));
        } else {
            publication.markRefused(input.refusalReason(), user);
        }
    }

    /** This task's channel: the one of the item's channels that its multi-instance loop counter points at. */
    private static String channelOf(DelegateTask task, Article article) {
        Object counter = task.getVariable(MultiInstanceCounters.LOOP_COUNTER);
        String channel = text(task.getVariable(ArticleVariables.CHANNEL));
        List<String> channels = article.getChannels();
        if (!(counter instanceof Integer i) || i < 0 || i >= channels.size() || !channels.get(i).equals(channel)) {
            throw new InvalidInputException("Biểu mẫu này không được thay đổi: channel.");
        }
        return channels.get(i);
    }

    private static String text(Object value) {
        return InputText.of(value);
    }

    /** The day of the post in the plan's zone (the application clock's): 17:30 UTC on 1 March is 2 March in Vietnam. */
    private static LocalDate date(Object value, Clock clock, List<String> problems) {
        String s = value instanceof Date ? "" : text(value);
        if (!(value instanceof Date) && s.isEmpty()) {
            problems.add("Phải ghi ngày đăng.");
            return null;
        }
        try {
            return PlanDates.date(value instanceof Date ? value : s, clock);
        } catch (DateTimeException e) {
            problems.add("Ngày đăng \"%s\" không hợp lệ (định dạng năm-tháng-ngày, ví dụ 2024-03-15).".formatted(
                    s.length() > 40 ? s.substring(0, 40) : s));
            return null;
        }
    }
}
