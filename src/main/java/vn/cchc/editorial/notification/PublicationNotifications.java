package vn.cchc.editorial.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.plan.Channel;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.publication.HandedOff;
import vn.cchc.editorial.publication.Publication;
import vn.cchc.editorial.publication.PublicationRecorded;
import vn.cchc.editorial.publication.PublicationRepository;

import java.util.List;

/**
 * The author's e-mails about the item's channels, in the transaction that records the publication or the
 * hand-off (plain, synchronous Spring listeners): published (with the item's public address), handed to a
 * provincial channel's managing unit.
 */
@Component
class PublicationNotifications {

    private final Notifier notifier;
    private final ArticleRepository articles;
    private final PublicationRepository publications;
    private final PlanCatalog plans;

    PublicationNotifications(Notifier notifier, ArticleRepository articles, PublicationRepository publications, PlanCatalog plans) {
        this.notifier = notifier;
        this.articles = articles;
        this.publications = publications;
        this.plans = plans;
    }

    @EventListener
    public void onPublished(PublicationRecorded event) {
        Article article = articles.findById(event.articleId()).orElseThrow();
        String url = publications.findByIdempotencyKey(Publication.keyOf(event.articleId(), event.channel()))
                .map(Publication::getUrl).orElse(null);
        notifier.notify(NotificationKind.PUBLISHED, event.articleId() + ":" + event.channel(), List.of(article.getAuthor()),
                new Notifier.Facts(article.getCode(), article.getTitle(), null, channelName(event.channel()), null,
                        url == null ? notifier.tasklistLink() : url));
    }

    @EventListener
    public void onHandedOff(HandedOff event) {
        Article article = articles.findById(event.articleId()).orElseThrow();
        notifier.notify(NotificationKind.HANDED_OFF, event.articleId() + ":" + event.channel(), List.of(article.getAuthor()),
                new Notifier.Facts(article.getCode(), article.getTitle(), null, channelName(event.channel()), null,
                        notifier.tasklistLink()));
    }

    private String channelName(String channel) {
        return plans.channel(channel).map(Channel::name).orElse(channel);
    }
}
