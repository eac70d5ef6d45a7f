package vn.cchc.editorial.quota;

import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.article.ArticleStatus;
import vn.cchc.editorial.plan.Channel;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.QuotaPeriod;
import vn.cchc.editorial.publication.Publication;
import vn.cchc.editorial.publication.PublicationRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What counts towards a quota, decided here and only here (docs/quotas.md): an item of the period's
 * lead unit, published on the period's channel (for a provincial channel: approved and posted by its
 * managing unit), whose publication date lies in the period and not after its deadline; plus every
 * item the Office credited to the period by hand.
 */
@Component
public class QuotaCounter {

    private final PublicationRepository publications;
    private final QuotaCreditRepository credits;
    private final ArticleRepository articles;
    private final PlanCatalog plans;

    public QuotaCounter(PublicationRepository publications, QuotaCreditRepository credits, ArticleRepository articles,
                        PlanCatalog plans) {
        this.publications = publications;
        this.credits = credits;
        this.articles = articles;
        this.plans = plans;
    }

    /**
     * What a period counts, split by why.
     *
     * @param published ids of the items that count by their publication (channel, lead unit, dates)
     * @param credited ids of the items the Office credited by hand and that do not already count by publication
     */
    public record Tally(Set<Long> published, Set<Long> credited) {

        public Tally {
            published = Collections.unmodifiableSet(new LinkedHashSet<>(published));
            credited = Collections.unmodifiableSet(new LinkedHashSet<>(credited));
        }

        /** Every counted item's id: the published ones first. */
        public Set<Long> all() {
            Set<Long> items = new LinkedHashSet<>(published);
            items.addAll(credited);
            return items;
        }
    }

    public Tally tally(QuotaPeriod period) {
        return tallies(Map.of(period, publishedItems(period))).get(period);
    }

    /**
     * The ids of the items that count for a period by their publication (channel, lead unit, days), by
     * publication day then id: {@link Tally#published()} without the hand credits. It depends only on the
     * publications published in the period's days (see {@link vn.cchc.editorial.publication.PublishedStamp}).
     */
    public List<Long> publishedItems(QuotaPeriod period) {
        return publications.findPublishedItemIds(period.channel(), period.leadUnit(), period.start(), lastCountingDay(period));
    }

    /**
     * The tallies of several periods whose items counted by publication are known ({@link #publishedItems}),
     * with the hand credits of all of them read in one query.
     *
     * @param published for each period, its items counted by publication
     * @return each period's tally, in the order of {@code published}
     */
    public Map<QuotaPeriod, Tally> tallies(Map<QuotaPeriod, ? extends Collection<Long>> published) {
        Map<String, Set<Long>> creditedByPeriod = new HashMap<>();
        if (!published.isEmpty()) {
            credits.findByPeriodIdIn(published.keySet().stream().map(QuotaPeriods::idOf).toList()).forEach(c ->
                    creditedByPeriod.computeIfAbsent(c.getPeriodId(), id -> new LinkedHashSet<>()).add(c.getArticleId()));
        }
        Map<QuotaPeriod, Tally> tallies = new LinkedHashMap<>();
        published.forEach((period, items) -> {
            Set<Long> credited = new LinkedHashSet<>(creditedByPeriod.getOrDefault(QuotaPeriods.idOf(period), Set.of()));
            credited.removeAll(items);
            tallies.put(period, new Tally(new LinkedHashSet<>(items), credited));
        });
        return tallies;
    }

    public Set<Long> countedItems(QuotaPeriod period) {
        return tally(period).all();
    }

    public int achieved(QuotaPeriod period) {
        return countedItems(period).size();
    }

    /** Whether an item published on that day would count for the period by itself. */
    public static boolean countsByDate(QuotaPeriod period, LocalDate publishedOn) {
        return !publishedOn.isBefore(period.start()) && !publishedOn.isAfter(lastCountingDay(period));
    }

    static LocalDate lastCountingDay(QuotaPeriod period) {
        LocalDate deadlineDay = period.deadline().toLocalDate();
        return deadlineDay.isBefore(period.end()) ? deadlineDay : period.end();
    }

    /** The lead unit's items that could still count: with the board, with their author, or awaiting a province. */
    public List<String> itemsInProgress(QuotaPeriod period) {
        String channel = period.channel();
        List<String> lines = new ArrayList<>();
        for (Article a : articles.findByUnitCodeAndStatusInOrderByCreatedAt(period.leadUnit(),
                EnumSet.of(ArticleStatus.IN_REVIEW, ArticleStatus.IN_REVISION))) {
            if (a.getChannels().contains(channel)) {
                lines.add("%s – %s (%s)".formatted(a.getCode(), a.getTitle(),
                        a.getStatus() == ArticleStatus.IN_REVIEW ? "chờ Ban Biên tập duyệt" : "tác giả đang sửa"));
            }
        }
        if (plans.channel(channel).map(Channel::isHandOff).orElse(false)) {
            for (Publication p : publications.findAwaitingDecision(channel, period.leadUnit())) {
                lines.add("%s – %s (chờ tỉnh duyệt)".formatted(p.getArticle().getCode(), p.getArticle().getTitle()));
            }
        }
        return lines;
    }
}
