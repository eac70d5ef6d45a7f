package vn.cchc.editorial.dashboard;

import org.springframework.stereotype.Component;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.QuotaPeriod;
import vn.cchc.editorial.publication.PublicationRepository;
import vn.cchc.editorial.publication.PublishedStamp;
import vn.cchc.editorial.quota.QuotaCounter;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the dashboard counts from a plan year's publications: each quota period's items counted by publication
 * ({@link QuotaCounter#publishedItems}) and the charts' counts
 * ({@link PublicationRepository#countFirstPublishedByTopicUnitAndMonth}). A province's year holds tens of
 * thousands of publications, and they change a few times a day while the dashboard is read far more often; so
 * each year's counts are kept in memory and counted again only when the {@link PublishedStamp} of the year's
 * days differs from the one they were counted at.
 * <p>
 * The stamp is read from the database on every call, in the caller's transaction and before any count, so a
 * publication recorded by any node (or by hand in the database) is seen by the next call on every node; counts
 * newer than their stamp only cause one more count. What does not come from publications is read on every call
 * by its user: hand credits, the periods not followed up, the periods' states on today's date.
 */
@Component
class YearPublications {

    /**
     * @param byPeriod the items counted by publication, for each of the plan's periods (the key is the whole
     *                 period, so a plan file reloaded with other lead units or days is counted anew)
     * @param charts   rows of {topic code, unit code, month 1–12, items}, as the charts' query gives them
     */
    record Counted(Map<QuotaPeriod, List<Long>> byPeriod, List<Object[]> charts) {
    }

    private record Kept(PublishedStamp stamp, Counted counted) {
    }

    private final PublicationRepository publications;
    private final QuotaCounter counter;
    private final Map<Integer, Kept> kept = new ConcurrentHashMap<>();

    YearPublications(PublicationRepository publications, QuotaCounter counter) {
        this.publications = publications;
        this.counter = counter;
    }

    /** The plan year's counts, from memory while the year's publications are those they were counted from. */
    Counted of(Plan plan) {
        List<QuotaPeriod> periods = plan.periods();
        LocalDate first = LocalDate.of(plan.year(), 1, 1);
        LocalDate last = LocalDate.of(plan.year(), 12, 31);
        for (QuotaPeriod period : periods) {
            first = period.start().isBefore(first) ? period.start() : first;
            last = period.end().isAfter(last) ? period.end() : last;
        }
        PublishedStamp stamp = publications.publishedStamp(first, last);
        Kept known = kept.get(plan.year());
        if (known != null && known.stamp().equals(stamp) && known.counted().byPeriod().keySet().equals(Set.copyOf(periods))) {
            return known.counted();
        }
        Map<QuotaPeriod, List<Long>> byPeriod = new LinkedHashMap<>();
        periods.forEach(period -> byPeriod.put(period, counter.publishedItems(period)));
        Counted counted = new Counted(byPeriod, publications.countFirstPublishedByTopicUnitAndMonth(
                LocalDate.of(plan.year(), 1, 1), LocalDate.of(plan.year(), 12, 31)));
        kept.put(plan.year(), new Kept(stamp, counted));
        return counted;
    }
}
