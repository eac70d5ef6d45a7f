package vn.cchc.editorial.report;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.QuotaPeriod;
import vn.cchc.editorial.publication.PublishedItem;
import vn.cchc.editorial.publication.PortalAddress;
import vn.cchc.editorial.publication.PublicationRepository;
import vn.cchc.editorial.quota.NotFollowedPeriods;
import vn.cchc.editorial.quota.QuotaCounter;
import vn.cchc.editorial.quota.QuotaPeriods;
import vn.cchc.editorial.system.InvalidInputException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Counts a periodic report's figures from the database. Published items are found by the query the
 * quota counting uses; every quota period whose deadline falls in the window is judged by
 * {@link QuotaCounter} itself (hand credits included), so the report never disagrees with the
 * escalations; a period the Office marked as not followed up at the plan's start ({@link NotFollowedPeriods})
 * is left out, counted neither met nor missed. The other forms of communication, difficulties and proposals come from the units'
 * monthly reports due in the window (plan V.2: the report on a month is due early in the next one).
 */
@Component
public class PeriodicFiguresCounter {

    private final PlanCatalog plans;
    private final PublicationRepository publications;
    private final QuotaCounter counter;
    private final MonthlyReportRepository monthlyReports;
    private final QuotaPeriods quotaPeriods;
    private final NotFollowedPeriods notFollowed;
    private final PortalAddress portal;

    public PeriodicFiguresCounter(PlanCatalog plans, PublicationRepository publications, QuotaCounter counter,
                                  MonthlyReportRepository monthlyReports, QuotaPeriods quotaPeriods,
                                  NotFollowedPeriods notFollowed, PortalAddress portal) {
        this.portal = portal;
        this.notFollowed = notFollowed;
        this.quotaPeriods = quotaPeriods;
        this.plans = plans;
        this.publications = publications;
        this.counter = counter;
        this.monthlyReports = monthlyReports;
    }

    /**
     * The plan of the report's year.
     *
     * @throws InvalidInputException (400, Vietnamese) when that year has no plan
     */
    public Plan plan(ReportPeriod period) {
        return quotaPeriods.plan(period.year());
    }

    /** @throws InvalidInputException when the report's year has no plan */
    @Transactional(readOnly = true)
    public PeriodicFigures of(ReportPeriod period) {
        Plan plan = plan(period);
        LocalDate from = period.windowStart(plan);
        LocalDate to = period.windowEnd(plan);
        Map<String, String> unitNames = new LinkedHashMap<>();
        plan.authoringUnits().forEach(u -> unitNames.put(u.code(), u.name()));
        Map<String, String> channelNames = new LinkedHashMap<>();
        plan.channels().forEach(c -> channelNames.put(c.code(), c.name()));

        List<PeriodicFigures.Item> items = new ArrayList<>();
        Map<String, Integer> byUnit = new HashMap<>();
        Map<String, Integer> byChannel = new HashMap<>();
        // one query for the window, not one per channel and unit: a province has a hundred units and more
        for (PublishedItem p : publications.findPublishedBetween(from, to)) {
            String unit = unitNames.get(p.unitCode());
            String channel = channelNames.get(p.channel());
            if (unit == null || channel == null) {
                continue;
            }
            items.add(new PeriodicFigures.Item(p.articleId(), p.title(), unit, channel, p.publishedOn(),
                    p.url() == null ? "" : portal.absolute(p.url())));
            byUnit.merge(p.unitCode(), 1, Integer::sum);
            byChannel.merge(p.channel(), 1, Integer::sum);
        }
        items.sort(Comparator.comparing(PeriodicFigures.Item::publishedOn).thenComparing(PeriodicFigures.Item::title)
                .thenComparing(PeriodicFigures.Item::id));

        List<Judged> judged = quotaPeriods(period, from, to).stream().map(this::judge).toList();
        List<PeriodicFigures.Row> units = rows(unitNames, byUnit, judged, j -> j.period.leadUnit());
        List<PeriodicFigures.Row> channels = rows(channelNames, byChannel, judged, j -> j.period.channel());

        List<MonthlyReport> reports = monthlyReportsDue(plan, from, to);
        return new PeriodicFigures(period.code(), period.label(), from, to, units, channels, items,
                otherForms(reports, unitNames), notes(reports, unitNames, MonthlyReport::getDifficulties),
                notes(reports, unitNames, MonthlyReport::getProposals));
    }

    /**
     * The quota periods of the plans of the window's years whose deadline day lies in the window, less those
     * not followed up.
     */
    private List<QuotaPeriod> quotaPeriods(ReportPeriod period, LocalDate from, LocalDate to) {
        List<QuotaPeriod> found = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            Set<String> notFollowedIds = notFollowed.of(year);
            plans.forYear(year).ifPresent(plan -> plan.periods().stream()
                    .filter(p -> !notFollowedIds.contains(QuotaPeriods.idOf(p)))
                    .filter(p -> {
                        LocalDate deadline = p.deadline().toLocalDate();
                        return !deadline.isBefore(from) && !deadline.isAfter(to);
                    })
                    .forEach(found::add));
        }
        return found;
    }

    private record Judged(QuotaPeriod period, boolean met, boolean credited) {
    }

    /**
     * Met when everything counted reaches the minimum; credited when met only with the hand credits, that is
     * when the items counted by their publication dates alone ({@link QuotaCounter.Tally#published()}: an item
     * once per channel, publication is unique by item and channel) stay below it.
     */
    private Judged judge(QuotaPeriod period) {
        QuotaCounter.Tally tally = counter.tally(period);
        boolean met = tally.all().size() >= period.minimumCount();
        return new Judged(period, met, met && tally.published().size() < period.minimumCount());
    }

    private static List<PeriodicFigures.Row> rows(Map<String, String> names, Map<String, Integer> published,
                                                  List<Judged> judged, Function<Judged, String> key) {
        List<PeriodicFigures.Row> rows = new ArrayList<>();
        names.forEach((code, name) -> {
            List<Judged> own = judged.stream().filter(j -> key.apply(j).equals(code)).toList();
            int credited = (int) own.stream().filter(Judged::credited).count();
            int met = (int) own.stream().filter(Judged::met).count() - credited;
            int missed = (int) own.stream().filter(j -> !j.met()).count();
            rows.add(new PeriodicFigures.Row(code, name, published.getOrDefault(code, 0), met, missed, credited));
        });
        return rows;
    }

    /** The monthly reports whose due day (the plan's monthlyReportDay of the next month) lies in the window. */
    private List<MonthlyReport> monthlyReportsDue(Plan plan, LocalDate from, LocalDate to) {
        List<MonthlyReport> found = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from).minusMonths(1); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            YearMonth next = month.plusMonths(1);
            LocalDate due = next.atDay(Math.min(plan.monthlyReportDay(), next.lengthOfMonth()));
            if (!due.isBefore(from) && !due.isAfter(to)) {
                List<MonthlyReport> ofMonth = new ArrayList<>(monthlyReports.findByReportMonth(month.toString()));
                ofMonth.sort(Comparator.comparing(MonthlyReport::getUnitCode));
                found.addAll(ofMonth);
            }
        }
        return found;
    }

    private static List<PeriodicFigures.OtherForm> otherForms(List<MonthlyReport> reports, Map<String, String> unitNames) {
        List<PeriodicFigures.OtherForm> rows = new ArrayList<>();
        for (Map.Entry<String, String> unit : unitNames.entrySet()) {
            List<MonthlyReport> own = reports.stream().filter(r -> r.getUnitCode().equals(unit.getKey())).toList();
            for (CommunicationForm form : CommunicationForm.values()) {
                int count = own.stream().mapToInt(form::count).sum();
                if (count > 0) {
                    String note = String.join("; ", own.stream().map(form::note)
                            .filter(n -> n != null && !n.isBlank()).map(String::strip).toList());
                    rows.add(new PeriodicFigures.OtherForm(unit.getValue(), form.label(), count, note));
                }
            }
        }
        return rows;
    }

    private static List<PeriodicFigures.Note> notes(List<MonthlyReport> reports, Map<String, String> unitNames,
                                                    Function<MonthlyReport, String> text) {
        List<PeriodicFigures.Note> notes = new ArrayList<>();
        for (Map.Entry<String, String> unit : unitNames.entrySet()) {
            for (MonthlyReport report : reports) {
                String value = text.apply(report);
                if (report.getUnitCode().equals(unit.getKey()) && value != null && !value.isBlank()) {
                    YearMonth month = YearMonth.parse(report.getReportMonth());
                    notes.add(new PeriodicFigures.Note(unit.getValue(),
                            "Tháng " + ReportCalendar.label(month) + ": " + value.strip()));
                }
            }
        }
        return notes;
    }
}
