package vn.cchc.editorial.article;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Completion of Task_ReviseArticle: validates and sanitizes the revised text and records it as a new
 * revision, with the files its content newly shows or links to ({@link ItemFiles#attach}). Topic, kind and channels
 * stay as first chosen.
 */
@Component
public class RecordRevision implements TaskListener {

    private final ArticleRepository articles;
    private final ItemFiles itemFiles;
    private final Clock clock;

    public RecordRevision(ArticleRepository articles, ItemFiles itemFiles, Clock clock) {
        this.articles = articles;
        this.itemFiles = itemFiles;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Article article = articles.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow();
        FormGuard.requireAuthorsUnit(task, article);
        FormGuard.checkTask(task, article, Set.of(ArticleVariables.TITLE, ArticleVariables.SUMMARY,
                ArticleVariables.CONTENT, ArticleVariables.LINKS));
        Map<String, Object> variables = new HashMap<>(task.getVariables());
        variables.put(ArticleVariables.TOPIC, article.getTopic().name());
        variables.put(ArticleVariables.KIND, article.getKind().name());
        variables.put(ArticleVariables.CHANNELS, article.getChannels());
        ArticleInput input = ArticleInputValidator.validate(variables, article.getChannels());

        String user = TaskUsers.actingUser(task);
        itemFiles.attach(article, user, input.content());
        article.revise(input, user, clock.instant());
        ArticleVariables.writeText(task, input);
        // the next review starts from a clean decision
        task.setVariable(ArticleVariables.REVIEW_DECISION, null);
        task.setVariable(ArticleVariables.REVIEW_COMMENT, null);
    }
}
