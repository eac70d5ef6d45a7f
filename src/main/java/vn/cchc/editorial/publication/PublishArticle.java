package vn.cchc.editorial.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.PlanDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.article.ArticleVariables;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Task_PublishOnDepartmentPortal (asynchronous, retried): posts the approved item exactly once. A retry
 * after a success finds the stored publication and does nothing more. An item whose record does not say
 * the Board approved it for the portal in this instance is not posted: {@link NotApprovedByBoard}.
 */
@Component
public class PublishArticle implements JavaDelegate {

    private final ArticleRepository articles;
    private final PublicationRepository publications;
    private final PlanCatalog plans;
    private final PortalPublisher publisher;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public PublishArticle(ArticleRepository articles, PublicationRepository publications, PlanCatalog plans,
                          PortalPublisher publisher, Clock clock, ApplicationEventPublisher events) {
        this.articles = articles;
        this.publications = publications;
        this.plans = plans;
        this.publisher = publisher;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long articleId = ArticleVariables.articleId(execution);
        String channel = (String) execution.getVariable(ArticleVariables.CHANNEL);
        String key = Publication.keyOf(articleId, channel);
        if (publications.findByIdempotencyKey(key).isPresent()) {
            return;
        }
        var article = articles.findById(articleId).orElseThrow();
        NotApprovedByBoard.requireDirect(article, plans.channel(channel), channel);
        NotApprovedByBoard.require(article, channel, execution.getProcessInstanceId());
        String url = publisher.publish(article, key);
        Instant now = clock.instant();
        LocalDate publishedOn = PlanDates.dayOf(now, clock);
        publications.saveAndFlush(Publication.published(article, channel, url, publishedOn, now));
        events.publishEvent(new PublicationRecorded(articleId, channel, article.getUnitCode(), publishedOn));
    }
}
