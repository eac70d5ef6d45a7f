package vn.cchc.editorial.report;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.Unit;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Task_OpenMonthlyReports of CommunicationPlanProcess: starts one MonthlyUnitReportProcess per authoring
 * unit of the plan and month of its year (business key "2024-03:van-phong"), each waiting for its opening
 * day ({@link ReportCalendar}). Runs in the plan's starting transaction: a refused start leaves none. A
 * unit and month already started (a plan started again after it was deleted) is not started twice.
 */
@Component
public class OpenMonthlyReports implements JavaDelegate {

    private final PlanCatalog plans;
    private final Clock clock;

    public OpenMonthlyReports(PlanCatalog plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Plan plan = plans.forYear(((Number) execution.getVariable("year")).intValue()).orElseThrow();
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        // the year's reports already running, in one query rather than one per unit and month (150 × 12 in a province)
        Set<String> started = runtime.createProcessInstanceQuery().processDefinitionKey(ReportVariables.PROCESS_KEY)
                .processInstanceBusinessKeyLike(plan.year() + "-%").list().stream()
                .map(ProcessInstance::getBusinessKey).collect(Collectors.toSet());
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(plan.year(), m);
            for (Unit unit : plan.authoringUnits()) {
                String key = businessKey(month, unit.code());
                if (!started.contains(key)) {
                    runtime.startProcessInstanceByKey(ReportVariables.PROCESS_KEY, key, variables(plan, month, unit));
                }
            }
        }
    }

    /** The variables a unit's report on a month starts with (docs/process-model.md). */
    Map<String, Object> variables(Plan plan, YearMonth month, Unit unit) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReportVariables.REPORT_MONTH, month.toString());
        variables.put(ReportVariables.MONTH_LABEL, ReportCalendar.label(month));
        variables.put(ReportVariables.UNIT, unit.code());
        variables.put(ReportVariables.UNIT_NAME, unit.name());
        variables.put(ReportVariables.OFFICE, plan.office());
        variables.put(ReportVariables.OPENS_AT, Date.from(ReportCalendar.opensAt(plan, plans, month, clock).toInstant()));
        variables.put(ReportVariables.DUE_AT, Date.from(ReportCalendar.dueAt(plan, month, clock).toInstant()));
        variables.put(ReportVariables.CHASE_AT, Date.from(ReportCalendar.chaseAt(plan, plans, month).toInstant()));
        return variables;
    }

    static String businessKey(YearMonth month, String unit) {
        return month + ":" + unit;
    }
}
