package vn.cchc.editorial.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.article.ArticleVariables;

import java.time.Clock;

/**
 * Task_HandOffToProvincialChannel (asynchronous, retried): records that the approved item went to the
 * provincial channel's managing unit, once per item and channel, and tells that unit; only an item whose
 * record says the Board approved it for that channel in this instance ({@link NotApprovedByBoard}). The
 * e-mails (to the unit, and the author's) are recorded in this job's transaction and sent after it commits.
 */
@Component
public class HandOffArticle implements JavaDelegate {

    private final ArticleRepository articles;
    private final PublicationRepository publications;
    private final ProvincialChannelMailer mailer;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public HandOffArticle(ArticleRepository articles, PublicationRepository publications,
                          ProvincialChannelMailer mailer, Clock clock, ApplicationEventPublisher events) {
        this.articles = articles;
        this.publications = publications;
        this.mailer = mailer;
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
        NotApprovedByBoard.require(article, channel, execution.getProcessInstanceId());
        publications.saveAndFlush(Publication.handedOff(article, channel, clock.instant()));
        // ProvincialDecisionForm names the channel as the plan does
        execution.setVariable(ArticleVariables.CHANNEL_NAME, mailer.nameOf(channel));
        mailer.send(article, channel);
        events.publishEvent(new HandedOff(articleId, channel));
    }
}
