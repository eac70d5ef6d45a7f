package vn.cchc.editorial.article;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.PlanDates;
import vn.cchc.editorial.plan.WorkingDays;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Start of SubProcess_Review and SubProcess_AwaitProvincialDecision: when to remind the board and when
 * to ask the Office to intervene, in working days of the plan in force (weekends and the plan's
 * holidays skipped): at the offices' opening ({@link WorkingDays#OPENING_TIME}) of the first working day
 * once that many working days have passed (submitted on Monday 14:00, reminded after 2 working days on
 * Thursday 08:00), never at night or on a day off. Without a plan for the year: weekends only, and the shipped plan's delays. Also who
 * acts in the round: the Editorial Board ({@code editorialBoard}) and the Office ({@code office}) of the
 * plan in force ({@link PlanCatalog#inForce}).
 */
@Component
public class ScheduleDeadlines implements ExecutionListener {

    static final int DEFAULT_REMIND = 2;
    static final int DEFAULT_ESCALATE = 5;
    static final int DEFAULT_CHASE = 5;

    private final PlanCatalog plans;
    private final Clock clock;

    public ScheduleDeadlines(PlanCatalog plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ZonedDateTime now = clock.instant().atZone(PlanDates.zone(clock));
        Plan plan = plans.forYear(now.getYear()).orElse(null);
        WorkingDays days = plan != null ? plan.workingDays() : WorkingDays.weekdays(clock);
        int remind;
        int escalate;
        if ("SubProcess_Review".equals(execution.getCurrentActivityId())) {
            remind = plan != null ? plan.review().remindBoardAfterWorkingDays() : DEFAULT_REMIND;
            escalate = plan != null ? plan.review().escalateToOfficeAfterWorkingDays() : DEFAULT_ESCALATE;
        } else {
            // a hand-off is chased after the plan's delay, and goes to the Office after twice that
            remind = plan != null ? plan.provincialHandOffChaseWorkingDays() : DEFAULT_CHASE;
            escalate = 2 * remind;
        }
        execution.setVariableLocal(ArticleVariables.REMIND_AT, after(days, now, remind));
        execution.setVariableLocal(ArticleVariables.ESCALATE_AT, after(days, now, escalate));
        // who reviews and who intervenes: the plan in force's board and Office, read at each round
        Plan inForce = plans.inForce(now.getYear());
        execution.setVariable(ArticleVariables.EDITORIAL_BOARD, inForce.editorialBoard());
        execution.setVariable(ArticleVariables.OFFICE, inForce.office());
    }

    private static Date after(WorkingDays days, ZonedDateTime now, int workingDays) {
        return Date.from(days.openingAtOrAfter(days.plusWorkingDays(now, workingDays)).toInstant());
    }
}
