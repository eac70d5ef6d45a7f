package vn.cchc.editorial.article;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task creation: "Duyệt tin bài" becomes "Duyệt tin bài: <title>", so a task list tells items apart. */
@Component
public class NameTaskAfterArticle implements TaskListener {

    static final int TITLE_IN_NAME = 120;

    @Override
    public void notify(DelegateTask task) {
        String title = ArticleInputValidator.text(task.getVariable(ArticleVariables.TITLE));
        if (title.length() > TITLE_IN_NAME) {
            title = title.substring(0, TITLE_IN_NAME) + "…";
        }
        task.setName(task.getName() + ": " + title);
    }
}
