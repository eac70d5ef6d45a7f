package vn.cchc.editorial.quota;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.system.InvalidInputException;
import vn.cchc.editorial.plan.Plan;

/**
 * Task_OpenPlan: checks the year (well-formed, a plan file exists, not already running), claims the year
 * ({@link PlanRuns}: the database's key, so two starts at the same moment make one plan), makes the
 * year the business key and lists the year's quota periods. Runs in the starting transaction, before any
 * wait state, so a refusal leaves no instance behind.
 */
@Component
public class OpenPlan implements JavaDelegate {

    public static final String PROCESS_KEY = "CommunicationPlanProcess";

    private final QuotaPeriods periods;
    private final PlanRuns runs;

    public OpenPlan(QuotaPeriods periods, PlanRuns runs) {
        this.periods = periods;
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = year(execution.getVariable(PlanVariables.YEAR));
        Plan plan = periods.plan(year);
        long running = execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(String.valueOf(year)).count();
        if (running > 0) {
            // the plain answer to a start of a year visibly running; two starts at once both pass here
            throw new InvalidInputException("Kế hoạch năm %d đã được bắt đầu và đang chạy: mỗi năm chỉ bắt đầu một lần.".formatted(year));
        }
        runs.claim(year, execution.getProcessInstanceId());
        execution.setProcessBusinessKey(String.valueOf(year));
        execution.setVariable(PlanVariables.YEAR, year);
        execution.setVariable(PlanVariables.OFFICE, plan.office());
        execution.setVariable(PlanVariables.PERIOD_IDS, Variables.objectValue(
                        plan.periods().stream().map(QuotaPeriods::idOf).toList())
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }

    static int year(Object value) {
        String text = value == null ? "" : value.toString().strip();
        if (!text.matches("\\d{4}")) {
            throw new InvalidInputException("Năm kế hoạch \"%s\" không hợp lệ: hãy nhập năm gồm 4 chữ số, ví dụ 2024."
                    .formatted(text.length() > 20 ? text.substring(0, 20) + "…" : text));
        }
        return Integer.parseInt(text);
    }
}
