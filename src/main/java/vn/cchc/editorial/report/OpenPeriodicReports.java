package vn.cchc.editorial.report;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Task_OpenPeriodicReports of CommunicationPlanProcess: starts one PeriodicReportProcess per report of the
 * plan's year ({@link ReportPeriod#of}: Q1, H1, Q3, Y; business key "2024-Q1"), each waiting for the end of
 * its data window. Runs in the plan's starting transaction; a report already started (a plan started again
 * after it was deleted) is not started twice.
 */
@Component
public class OpenPeriodicReports implements JavaDelegate {

    private final PlanCatalog plans;
    private final Clock clock;

    public OpenPeriodicReports(PlanCatalog plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Plan plan = plans.forYear(((Number) execution.getVariable("year")).intValue()).orElseThrow();
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        for (ReportPeriod period : ReportPeriod.of(plan.year())) {
            if (runtime.createProcessInstanceQuery().processDefinitionKey(PeriodicReportVariables.PROCESS_KEY)
                    .processInstanceBusinessKey(period.code()).count() > 0) {
                continue;
            }
            runtime.startProcessInstanceByKey(PeriodicReportVariables.PROCESS_KEY, period.code(), variables(plan, period, clock));
        }
    }

    static Map<String, Object> variables(Plan plan, ReportPeriod period, Clock clock) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PeriodicReportVariables.PERIOD, period.code());
        variables.put(PeriodicReportVariables.PERIOD_LABEL, period.label());
        variables.put(PeriodicReportVariables.OFFICE, plan.office());
        variables.put(PeriodicReportVariables.DIRECTORS, plan.directors());
        variables.put(PeriodicReportVariables.DRAFT_AT, Date.from(period.draftAt(plan, clock).toInstant()));
        variables.put(PeriodicReportVariables.DUE_AT, Date.from(period.dueAt(plan, clock).toInstant()));
        variables.put(PeriodicReportVariables.ESCALATE_AT, Date.from(period.escalateAt(plan).toInstant()));
        return variables;
    }
}
