package vn.cchc.editorial.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.identity.UnitGroups;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanDates;
import vn.cchc.editorial.plan.QuotaPeriod;
import vn.cchc.editorial.publication.Publication;
import vn.cchc.editorial.publication.PublicationRepository;
import vn.cchc.editorial.publication.PublicationStatus;
import vn.cchc.editorial.quota.QuotaCounter;
import vn.cchc.editorial.quota.QuotaPeriods;
import vn.cchc.editorial.report.MonthlyReportOverview;
import vn.cchc.editorial.system.OneEngineCommand;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The figures of the dashboard, one source for its page and its API. A year without a plan file and a
 * period id that the plan does not have are refused by {@link QuotaPeriods} (InvalidInputException, 400).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final QuotaPeriods periods;
    private final QuotaCounter counter;
    private final ComplianceMatrix matrix;
    private final OpenWork work;
    private final PublishedFigures figures;
    private final YearPublications published;
    private final OneEngineCommand engine;
    private final ArticleRepository articles;
    private final PublicationRepository publications;
    private final UnitGroups units;
    private final DashboardLinks links;
    private final MonthlyReportOverview monthlyReports;
    private final Clock clock;

    DashboardService(QuotaPeriods periods, QuotaCounter counter, ComplianceMatrix matrix, OpenWork work,
                     PublishedFigures figures, YearPublications published, OneEngineCommand engine, ArticleRepository articles, PublicationRepository publications,
                     UnitGroups units, DashboardLinks links, MonthlyReportOverview monthlyReports, Clock clock) {
        this.periods = periods;
        this.counter = counter;
        this.matrix = matrix;
        this.work = work;
        this.figures = figures;
        this.published = published;
        this.engine = engine;
        this.articles = articles;
        this.publications = publications;
        this.units = units;
        this.links = links;
        this.monthlyReports = monthlyReports;
        this.clock = clock;
    }

    /**
     * The year shown when none is asked for: today's on the application clock, or, while that year has no
     * plan file yet, the newest plan year before it ({@link QuotaPeriods#yearInForce}), so a monitor who
     * logs in is shown the plan still in force instead of a refusal.
     */
    public int currentYear() {
        return periods.yearInForce(PlanDates.today(clock).getYear());
    }

    /** Whether the year has a plan: the pages link to the years before and after only when they do. */
    public boolean hasPlan(int year) {
        return periods.hasPlan(year);
    }

    public Dashboard forYear(int year) {
        Plan plan = periods.plan(year);
        YearPublications.Counted counted = published.of(plan);
        Dashboard.MonthlyReports reports = monthlyReports(year);
        // the engine's reads (the plan's choice of periods not followed, the caller's Cockpit grant, the open tasks) in one command
        return engine.run(() -> {
            Map<String, Dashboard.Cell> cells = matrix.cells(plan, counted.byPeriod());
            UnaryOperator<String> cockpit = links.cockpitForCaller();
            return new Dashboard(year, PlanDates.today(clock), matrix.monthly(plan, cells), matrix.quarterly(plan, cells),
                    matrix.nextDeadlines(plan, cells), reports, work.overdue(cockpit), work.escalations(cockpit),
                    figures.of(plan, counted.charts()));
        });
    }

    /**
     * The units' reports due this month, on the month before (due on the plan's monthlyReportDay), kept within
     * the shown year, whose plan is known to exist: December of a past year, January of a future one (and in
     * January, whose reports on December belong to the year before and its plan).
     */
    Dashboard.MonthlyReports monthlyReports(int year) {
        YearMonth month = YearMonth.from(PlanDates.today(clock)).minusMonths(1);
        if (month.getYear() > year) {
            month = YearMonth.of(year, 12);
        } else if (month.getYear() < year) {
            month = YearMonth.of(year, 1);
        }
        MonthlyReportOverview.Month overview = monthlyReports.statuses(month);
        String shown = overview.month();
        return new Dashboard.MonthlyReports(shown, overview.monthLabel(), overview.dueAt(), DashboardLinks.monthlyReports(shown),
                overview.units().stream().map(u -> new Dashboard.UnitReport(u.unit(), u.unitName(), u.status(), u.statusLabel(),
                        u.submittedAt(), DashboardLinks.monthlyReport(shown, u.unit()))).toList());
    }

    public PeriodItems period(String periodId) {
        QuotaPeriod period = periods.find(periodId);
        Plan plan = periods.plan(period.start().getYear());
        QuotaCounter.Tally tally = counter.tally(period);
        // the items and their publications on the channel in two queries, not two an item
        Map<Long, Article> byId = articles.findAllById(tally.all()).stream().collect(Collectors.toMap(Article::getId, a -> a));
        Map<Long, Publication> published = tally.all().isEmpty() ? Map.of() : publications.findByChannelAndStatusAndArticleIdIn(
                period.channel(), PublicationStatus.PUBLISHED, tally.all()).stream().collect(Collectors.toMap(p -> p.getArticle().getId(), p -> p));
        // the engine's reads (the caller's Cockpit grant, the escalations) in one command
        return engine.run(() -> {
            UnaryOperator<String> cockpit = links.cockpitForCaller();
            List<PeriodItems.Item> items = new ArrayList<>();
            tally.published().forEach(id -> item(byId.get(id), published.get(id), false, cockpit, units).ifPresent(items::add));
            tally.credited().forEach(id -> item(byId.get(id), published.get(id), true, cockpit, units).ifPresent(items::add));
            List<Dashboard.OpenTask> escalations = work.escalations(cockpit).stream()
                    .filter(task -> Objects.equals(task.periodId(), periodId)).toList();
            return new PeriodItems(matrix.cell(plan, period, tally, PlanDates.today(clock), clock.instant()),
                    ComplianceMatrix.channelName(plan, period.channel()), period.deadline(), items, escalations);
        });
    }

    /** @param publication the item's publication on the period's channel, or null (an item credited by hand may have none) */
    private static Optional<PeriodItems.Item> item(Article article, Publication publication, boolean credited,
                                                   UnaryOperator<String> cockpit, UnitGroups units) {
        return Optional.ofNullable(article).map(a -> new PeriodItems.Item(a.getId(), a.getCode(), a.getTitle(),
                units.nameOf(a.getUnitCode()), publication == null ? null : publication.getPublishedOn(),
                publication == null ? null : publication.getUrl(), credited, cockpit.apply(a.getProcessInstanceId())));
    }
}
