package vn.cchc.editorial.article;

import vn.cchc.editorial.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * Completion of Task_ReviewArticle: checks the decision, requires a comment unless approving, keeps an
 * author from reviewing their own item, and records the decision. A refusal leaves the task open.
 */
@Component
public class RecordReviewDecision implements TaskListener {

    private final ArticleRepository articles;
    private final Clock clock;

    /** The review form's fields of {@link ReviewInput}'s components and rules. */
    static final Map<String, String> FIELDS = Map.of("decisionCode", ArticleVariables.REVIEW_DECISION,
            "comment", ArticleVariables.REVIEW_COMMENT, "commentGivenUnlessApproving", ArticleVariables.REVIEW_COMMENT);

    public RecordReviewDecision(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Article article = articles.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow();
        String reviewer = TaskUsers.actingUser(task);
        // separation of duties first: an author is told why, whatever else they are (board member, administrator)
        if (article.isAuthoredBy(reviewer)) {
            throw new InvalidInputException(
                    "Bạn là người soạn hoặc đã sửa tin bài này nên không được tự duyệt. Đề nghị thành viên khác của Ban Biên tập duyệt.");
        }
        FormGuard.requireCandidate(task, "Chỉ thành viên Ban Biên tập mới được duyệt tin bài.");
        FormGuard.checkTask(task, article, Set.of());
        ReviewInput input = InputConstraints.require(new ReviewInput(
                InputText.of(task.getVariable(ArticleVariables.REVIEW_DECISION)),
                InputText.of(task.getVariable(ArticleVariables.REVIEW_COMMENT))), FIELDS);
        ReviewDecision decision = input.decision();
        String comment = input.comment();
        article.review(decision, comment.isBlank() ? null : comment, reviewer, clock.instant());
        task.setVariable(ArticleVariables.REVIEW_DECISION, decision.name());
        task.setVariable(ArticleVariables.REVIEW_COMMENT, comment);
    }
}
