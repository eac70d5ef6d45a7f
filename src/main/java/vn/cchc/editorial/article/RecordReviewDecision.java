package vn.cchc.editorial.article;

import vn.cchc.editorial.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * Completion of Task_ReviewArticle: checks the decision, requires a comment unless approving, keeps an
 * author from reviewing their own item, and records the decision. A refusal leaves the task open.
 */
@Component
public class RecordReviewDecision implements TaskListener {

    private final ArticleRepository articles;
    private final Clock clock;

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
        ReviewDecision decision = decision(task.getVariable(ArticleVariables.REVIEW_DECISION));
        String comment = ArticleInputValidator.text(task.getVariable(ArticleVariables.REVIEW_COMMENT));
        if (decision != ReviewDecision.APPROVE && comment.isBlank()) {
            throw new InvalidInputException("Khi trả lại hoặc từ chối tin bài, Ban Biên tập phải ghi ý kiến.");
        }
        InputText.requireLength("Ý kiến", comment, ArticleReview.COMMENT_MAX);
        article.review(decision, comment.isBlank() ? null : comment, reviewer, clock.instant());
        task.setVariable(ArticleVariables.REVIEW_DECISION, decision.name());
        task.setVariable(ArticleVariables.REVIEW_COMMENT, comment);
    }

    private static ReviewDecision decision(Object value) {
        String code = ArticleInputValidator.text(value);
        if (code.isEmpty()) {
            throw new InvalidInputException("Phải chọn ý kiến duyệt: duyệt đăng, trả lại để sửa hoặc từ chối.");
        }
        try {
            return ReviewDecision.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Ý kiến duyệt \"%s\" không hợp lệ (chỉ nhận: APPROVE, REVISE, REJECT)."
                    .formatted(ArticleInputValidator.abbreviate(code)));
        }
    }
}
