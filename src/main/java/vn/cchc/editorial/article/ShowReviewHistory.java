package vn.cchc.editorial.article;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.identity.PersonNames;
import vn.cchc.editorial.plan.PlanDates;

import java.time.Clock;

/**
 * Creation of Task_ReviewArticle: gives the review form the item's author by name and unit
 * ({@code authorPerson}) and its earlier rounds with what changed since the last one
 * ({@code reviewHistory}, {@link ReviewHistory}), as variables of the task itself.
 */
@Component
public class ShowReviewHistory implements TaskListener {

    private final ArticleRepository articles;
    private final PersonNames names;
    private final Clock clock;

    public ShowReviewHistory(ArticleRepository articles, PersonNames names, Clock clock) {
        this.articles = articles;
        this.names = names;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Article article = articles.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow();
        task.setVariableLocal(ArticleVariables.AUTHOR_PERSON, names.withUnit(article.getAuthor()));
        task.setVariableLocal(ArticleVariables.REVIEW_HISTORY, ReviewHistory.of(article, names::withUnit, PlanDates.zone(clock)));
    }
}
