package vn.cchc.editorial.quota;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.plan.Channel;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.article.InputText;
import vn.cchc.editorial.system.InvalidInputException;
import vn.cchc.editorial.plan.QuotaPeriod;
import vn.cchc.editorial.publication.Publication;
import vn.cchc.editorial.publication.PublicationRepository;
import vn.cchc.editorial.publication.PublicationStatus;

import java.time.Clock;
import java.util.List;

/**
 * The Office counts an item towards a period by hand, with a reason: only an item published on the
 * period's channel, that the period does not already count, and that no period counts by hand yet.
 */
@Component
public class QuotaCredits {

    private final QuotaPeriods periods;
    private final QuotaCounter counter;
    private final QuotaCreditRepository credits;
    private final PublicationRepository publications;
    private final ArticleRepository articles;
    private final QuotaWatcher watcher;
    private final Clock clock;
    private final PlanCatalog plans;

    public QuotaCredits(QuotaPeriods periods, QuotaCounter counter, QuotaCreditRepository credits,
                        PublicationRepository publications, ArticleRepository articles, QuotaWatcher watcher, Clock clock,
                        PlanCatalog plans) {
        this.plans = plans;
        this.periods = periods;
        this.counter = counter;
        this.credits = credits;
        this.publications = publications;
        this.articles = articles;
        this.watcher = watcher;
        this.clock = clock;
    }

    @Transactional
    public QuotaCredit credit(String periodId, long articleId, String reason, String user) {
        InputText.requireLength("Mã kỳ chỉ tiêu", periodId, QuotaCredit.PERIOD_ID_MAX);
        QuotaPeriod period = periods.find(periodId);
        String why = InputText.of(reason);
        if (why.isEmpty()) {
            throw new InvalidInputException("Phải ghi lý do tính tin bài cho kỳ chỉ tiêu.");
        }
        InputText.requireLength("Lý do", why, QuotaCredit.REASON_MAX);
        var article = articles.findById(articleId).orElseThrow(() ->
                new InvalidInputException("Không có tin bài số %d.".formatted(articleId)));
        String channel = period.channel();
        List<Publication> published = publications.findByArticleId(articleId).stream()
                .filter(p -> p.getStatus() == PublicationStatus.PUBLISHED).toList();
        if (published.isEmpty()) {
            throw new InvalidInputException("Tin bài %s chưa được đăng nên không thể tính cho kỳ chỉ tiêu.".formatted(article.getCode()));
        }
        if (published.stream().noneMatch(p -> p.getChannel().equals(channel))) {
            throw new InvalidInputException("Tin bài %s được đăng trên kênh khác, không phải %s.".formatted(article.getCode(),
                    plans.channel(channel).map(Channel::name).orElse(channel)));
        }
        credits.findByArticleIdAndChannel(articleId, channel).ifPresent(c -> {
            throw new InvalidInputException("Tin bài %s đã được tính cho kỳ %s.".formatted(article.getCode(), c.getPeriodId()));
        });
        if (counter.countedItems(period).contains(articleId)) {
            throw new InvalidInputException("Tin bài %s đã được tính cho kỳ %s.".formatted(article.getCode(), QuotaPeriods.label(period)));
        }
        QuotaCredit credit = credits.saveAndFlush(new QuotaCredit(articleId, channel, periodId, why, user, clock.instant()));
        watcher.closeIfMet(period);
        return credit;
    }
}
