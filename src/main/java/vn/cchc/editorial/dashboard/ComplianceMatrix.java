package vn.cchc.editorial.dashboard;

import org.springframework.stereotype.Component;
import vn.cchc.editorial.plan.Channel;
import vn.cchc.editorial.plan.PeriodKind;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanDates;
import vn.cchc.editorial.plan.QuotaPeriod;
import vn.cchc.editorial.plan.QuotaRule;
import vn.cchc.editorial.plan.Unit;
import vn.cchc.editorial.quota.NotFollowedPeriods;
import vn.cchc.editorial.quota.QuotaCounter;
import vn.cchc.editorial.quota.QuotaPeriods;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compliance matrix of a plan year: each period of the plan's rules ({@link Plan#periods()}) as a
 * cell, its state judged by {@link PeriodState} from what {@link QuotaCounter} counts and the periods the
 * Office marked as not followed up ({@link NotFollowedPeriods}).
 */
@Component
class ComplianceMatrix {

    private final QuotaCounter counter;
    private final NotFollowedPeriods notFollowed;
    private final Clock clock;

    ComplianceMatrix(QuotaCounter counter, NotFollowedPeriods notFollowed, Clock clock) {
        this.counter = counter;
        this.notFollowed = notFollowed;
        this.clock = clock;
    }

    /** The year's periods as cells, by period id, in the order of {@link Plan#periods()}. */
    Map<String, Dashboard.Cell> cells(Plan plan) {
        Map<QuotaPeriod, List<Long>> published = new LinkedHashMap<>();
        plan.periods().forEach(period -> published.put(period, counter.publishedItems(period)));
        return cells(plan, published);
    }

    /**
     * {@link #cells(Plan)} with each period's items counted by publication already known
     * ({@link YearPublications.Counted#byPeriod()}); the hand credits are read here, in one query.
     */
    Map<String, Dashboard.Cell> cells(Plan plan, Map<QuotaPeriod, ? extends Collection<Long>> published) {
        Instant now = clock.instant();
        LocalDate today = PlanDates.dayOf(now, clock);
        Set<String> notFollowedIds = notFollowed.of(plan.year());
        Map<QuotaPeriod, QuotaCounter.Tally> tallies = counter.tallies(published);
        Map<String, Dashboard.Cell> cells = new LinkedHashMap<>();
        for (QuotaPeriod period : plan.periods()) {
            String id = QuotaPeriods.idOf(period);
            cells.put(id, cell(plan, period, tallies.get(period), today, now, notFollowedIds.contains(id)));
        }
        return cells;
    }

    /** One period's cell; {@code notFollowed} from {@link NotFollowedPeriods} of its plan's year. */
    Dashboard.Cell cell(Plan plan, QuotaPeriod period, QuotaCounter.Tally tally, LocalDate today, Instant now, boolean notFollowed) {
        PeriodState state = PeriodState.of(period, tally, today, now, notFollowed);
        String id = QuotaPeriods.idOf(period);
        return new Dashboard.Cell(id, QuotaPeriods.label(period), state, state.label(), tally.all().size(),
                period.minimumCount(), period.leadUnit(), plan.unit(period.leadUnit()).map(Unit::name).orElse(period.leadUnit()),
                DashboardLinks.period(id));
    }

    /** One period's cell, whether it is followed up read for its plan's year. */
    Dashboard.Cell cell(Plan plan, QuotaPeriod period, QuotaCounter.Tally tally, LocalDate today, Instant now) {
        return cell(plan, period, tally, today, now, notFollowed.of(plan.year()).contains(QuotaPeriods.idOf(period)));
    }

    /** Authoring units by months, one matrix per monthly rule on the channel the department posts itself. */
    List<Dashboard.MonthlyMatrix> monthly(Plan plan, Map<String, Dashboard.Cell> cells) {
        List<Dashboard.MonthlyMatrix> matrices = new ArrayList<>();
        String direct = plan.directChannel().map(Channel::code).orElse(null);
        for (QuotaRule rule : plan.quotaRules()) {
            if (rule.period() != PeriodKind.MONTH || !rule.channel().equals(direct)) {
                continue;
            }
            List<Dashboard.UnitMonths> rows = new ArrayList<>();
            for (Unit unit : plan.authoringUnits()) {
                Dashboard.Cell[] months = new Dashboard.Cell[12];
                cells.values().stream()
                        .filter(c -> c.periodId().startsWith(rule.id() + ":") && c.leadUnit().equals(unit.code()))
                        .forEach(c -> months[monthOf(c.periodId())] = c);
                rows.add(new Dashboard.UnitMonths(unit.code(), unit.name(), Arrays.asList(months)));
            }
            matrices.add(new Dashboard.MonthlyMatrix(rule.id(), rule.channel(), channelName(plan, rule.channel()), rows));
        }
        return matrices;
    }

    /** Hand-off channels by quarters, one row per quarterly rule. */
    List<Dashboard.QuarterRow> quarterly(Plan plan, Map<String, Dashboard.Cell> cells) {
        List<Dashboard.QuarterRow> rows = new ArrayList<>();
        for (QuotaRule rule : plan.quotaRules()) {
            boolean handOff = plan.channel(rule.channel()).map(Channel::isHandOff).orElse(false);
            if (rule.period() != PeriodKind.QUARTER || !handOff) {
                continue;
            }
            List<Dashboard.Cell> quarters = cells.values().stream()
                    .filter(c -> c.periodId().startsWith(rule.id() + ":")).toList();
            rows.add(new Dashboard.QuarterRow(rule.id(), rule.channel(), channelName(plan, rule.channel()), quarters));
        }
        return rows;
    }

    /** The periods whose deadline is still ahead, soonest first. */
    List<Dashboard.Deadline> nextDeadlines(Plan plan, Map<String, Dashboard.Cell> cells) {
        Instant now = clock.instant();
        LocalDate today = PlanDates.dayOf(now, clock);
        return plan.periods().stream()
                .filter(p -> !p.deadline().toInstant().isBefore(now))
                .limit(Dashboard.NEXT_DEADLINES)
                .map(p -> new Dashboard.Deadline(cells.get(QuotaPeriods.idOf(p)), channelName(plan, p.channel()),
                        p.deadline(), ChronoUnit.DAYS.between(today, PlanDates.dayOf(p.deadline().toInstant(), clock))))
                .toList();
    }

    static String channelName(Plan plan, String channel) {
        return plan.channel(channel).map(Channel::name).orElse(channel);
    }

    /** 0 for January, from a monthly period id such as "department-portal-monthly:2024-03". */
    private static int monthOf(String periodId) {
        return Integer.parseInt(periodId.substring(periodId.length() - 2)) - 1;
    }
}
