package vn.cchc.editorial.report;

import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.article.ReviewDecision;
import vn.cchc.editorial.plan.Channel;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanDates;
import vn.cchc.editorial.plan.QuotaPeriod;
import vn.cchc.editorial.publication.PublicationRepository;
import vn.cchc.editorial.quota.QuotaCounter;
import vn.cchc.editorial.quota.QuotaPeriods;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Counts a unit's month from the database for its monthly report. Published items are found by the same
 * query the quota counting uses (published on the channel, by the unit, dated in the month, in the plan's
 * zone), and the quota periods are judged by {@link QuotaCounter} itself, so a report never disagrees
 * with the escalations.
 */
@Component
public class MonthFigures {

    private final ArticleRepository articles;
    private final PublicationRepository publications;
    private final QuotaCounter counter;
    private final QuotaPeriods quotaPeriods;
    private final Clock clock;

    public MonthFigures(ArticleRepository articles, PublicationRepository publications, QuotaCounter counter,
                        QuotaPeriods quotaPeriods, Clock clock) {
        this.clock = clock;
        this.articles = articles;
        this.publications = publications;
        this.counter = counter;
        this.quotaPeriods = quotaPeriods;
    }

    /**
     * @param unit  an authoring unit's code
     * @param month the month, in the plan of its year (refused in Vietnamese when the year has no plan)
     */
    public MonthlyFigures of(String unit, YearMonth month) {
        Plan plan = quotaPeriods.plan(month.getYear());
        Instant from = PlanDates.startOf(month.atDay(1), clock);
        Instant to = PlanDates.startOf(month.plusMonths(1).atDay(1), clock);
        List<MonthlyFigures.ChannelCount> published = plan.channels().stream()
                .map(channel -> published(channel, unit, month)).toList();
        List<MonthlyFigures.PeriodResult> periods = plan.periods().stream()
                .filter(p -> p.leadUnit().equals(unit) && YearMonth.from(p.deadline().toLocalDate()).equals(month))
                .map(this::result).toList();
        return new MonthlyFigures(articles.countDrafted(unit, from, to),
                articles.countDecisions(unit, ReviewDecision.APPROVE, from, to),
                articles.countDecisions(unit, ReviewDecision.REVISE, from, to),
                articles.countDecisions(unit, ReviewDecision.REJECT, from, to),
                published, periods);
    }

    private MonthlyFigures.ChannelCount published(Channel channel, String unit, YearMonth month) {
        int count = publications.findPublishedItemIds(channel.code(), unit, month.atDay(1), month.atEndOfMonth()).size();
        return new MonthlyFigures.ChannelCount(channel.code(), channel.name(), count);
    }

    private MonthlyFigures.PeriodResult result(QuotaPeriod period) {
        int achieved = counter.achieved(period);
        String channelName = quotaPeriods.plan(period.deadline().getYear()).channel(period.channel())
                .map(Channel::name).orElse(period.channel());
        return new MonthlyFigures.PeriodResult(QuotaPeriods.idOf(period), QuotaPeriods.label(period), channelName,
                period.minimumCount(), achieved, achieved >= period.minimumCount());
    }
}
