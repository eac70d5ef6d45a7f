package vn.cchc.editorial.article;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.cchc.editorial.plan.Channel;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.PlanDates;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.identity.AuthoringUnits;
import vn.cchc.editorial.identity.UnitAccess;
import vn.cchc.editorial.system.JsonListVariable;

import java.time.Clock;
import java.time.Instant;

/**
 * Task_RegisterArticle: validates the start form, stores the item and its first revision, and leaves the
 * variables the later forms need, gives it the files its content shows or links to (uploaded from the start form,
 * {@link ItemFiles#attach}), and lets the author's unit follow the item. Runs in the starting
 * transaction, so a refusal leaves nothing behind.
 */
@Component
public class RegisterArticle implements JavaDelegate {

    private final ArticleRepository articles;
    private final PlanCatalog plans;
    private final AuthoringUnits authoringUnits;
    private final UnitAccess unitAccess;
    private final ItemFiles itemFiles;
    private final Clock clock;

    public RegisterArticle(ArticleRepository articles, PlanCatalog plans, AuthoringUnits authoringUnits,
                           UnitAccess unitAccess, ItemFiles itemFiles, Clock clock) {
        this.articles = articles;
        this.plans = plans;
        this.authoringUnits = authoringUnits;
        this.unitAccess = unitAccess;
        this.itemFiles = itemFiles;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormGuard.checkStart(execution);
        Instant now = clock.instant();
        Plan plan = plans.inForce(PlanDates.dayOf(now, clock).getYear());
        ArticleInput input = ArticleInputValidator.validate(execution.getVariables(),
                plan.channels().stream().map(Channel::code).toList());
        String author = (String) execution.getVariable(ArticleVariables.AUTHOR);
        String unit = authoringUnits.unitOf(author);

        Article article = articles.save(Article.draft(input, author, unit, execution.getProcessInstanceId(), now));
        article.assignCode(PlanDates.dayOf(now, clock).getYear());
        itemFiles.attach(article, author, input.content());
        execution.setProcessBusinessKey(article.getCode());
        unitAccess.shareWithUnit(execution.getProcessInstanceId(), unit);

        ArticleVariables.writeText(execution, input);
        execution.setVariable(ArticleVariables.TOPIC, input.topic().name());
        execution.setVariable(ArticleVariables.KIND, input.kind().name());
        execution.setVariable(ArticleVariables.ARTICLE_ID, article.getId());
        execution.setVariable(ArticleVariables.ARTICLE_CODE, article.getCode());
        execution.setVariable(ArticleVariables.AUTHOR_UNIT, unit);
        execution.setVariable(ArticleVariables.CHANNEL_CODES, JsonListVariable.of(input.channels()));
        execution.setVariable(ArticleVariables.DIRECT_CHANNEL, plan.directChannel().map(Channel::code).orElse(null));
    }
}
