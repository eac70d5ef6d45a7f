package vn.cchc.editorial.quota;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.cchc.editorial.system.JsonListVariable;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.system.InvalidInputException;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.QuotaPeriod;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * Task_OpenPlan: checks the year (well-formed, a plan file exists, not already running), claims the year
 * ({@link PlanRuns}: the database's key, so two starts at the same moment make one plan), makes the
 * year the business key and lists the year's quota periods. When some periods' deadlines have already
 * passed, the Office must have chosen what becomes of them ({@link PastPeriods}). Runs in the starting transaction, before any
 * wait state, so a refusal leaves no instance behind.
 */
@Component
public class OpenPlan implements JavaDelegate {

    public static final String PROCESS_KEY = "CommunicationPlanProcess";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final QuotaPeriods periods;
    private final PlanRuns runs;
    private final Clock clock;

    public OpenPlan(QuotaPeriods periods, PlanRuns runs, Clock clock) {
        this.periods = periods;
        this.runs = runs;
        this.clock = clock;
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
        List<QuotaPeriod> past = plan.periods().stream()
                .filter(period -> !period.deadline().toInstant().isAfter(clock.instant())).toList();
        PastPeriods choice = pastPeriods(year, past, execution.getVariable(PlanVariables.PAST_PERIODS));
        runs.claim(year, execution.getProcessInstanceId());
        execution.setProcessBusinessKey(String.valueOf(year));
        execution.setVariable(PlanVariables.YEAR, year);
        execution.setVariable(PlanVariables.OFFICE, plan.office());
        List<String> notFollowed = choice == PastPeriods.NOT_FOLLOWED ? past.stream().map(QuotaPeriods::idOf).toList() : List.of();
        execution.setVariable(PlanVariables.NOT_FOLLOWED_PERIOD_IDS, json(notFollowed));
        execution.setVariable(PlanVariables.PERIOD_IDS, json(plan.periods().stream().map(QuotaPeriods::idOf)
                .filter(id -> !notFollowed.contains(id)).toList()));
    }

    /** What the Office chose for the periods whose deadline passed before the start (plan-start.form). */
    enum PastPeriods {
        /** Judged at once, like any period at its deadline: a missed one becomes a task for the Office. */
        JUDGE,
        /** Not followed: no judgement, no task; listed in notFollowedPeriodIds. */
        NOT_FOLLOWED
    }

    /**
     * The Office's choice for the periods already past, refused when there are some and it has not chosen:
     * the refusal says how many and what each choice does, so the form asks before anything is created.
     */
    static PastPeriods pastPeriods(int year, List<QuotaPeriod> past, Object value) {
        String text = value == null ? "" : value.toString().strip();
        if (past.isEmpty()) {
            return PastPeriods.JUDGE;
        }
        if (text.isEmpty()) {
            QuotaPeriod last = past.get(past.size() - 1);
            throw InvalidInputException.atField(PlanVariables.PAST_PERIODS, ("Năm %d đã có %d kỳ chỉ tiêu quá hạn (kỳ quá hạn gần nhất: %s, hạn %s)."
                    + " Hãy chọn ở mục \"Các kỳ đã quá hạn khi bắt đầu\": xét ngay (mỗi kỳ không đạt thành một việc"
                    + " \"Xử lý kỳ không đạt chỉ tiêu\" của Văn phòng) hoặc ghi nhận là không theo dõi (không tạo việc),"
                    + " rồi bắt đầu lại.").formatted(year, past.size(), QuotaPeriods.label(last),
                    last.deadline().toLocalDate().format(DAY)));
        }
        return Arrays.stream(PastPeriods.values()).filter(choice -> choice.name().equals(text)).findFirst()
                .orElseThrow(() -> InvalidInputException.atField(PlanVariables.PAST_PERIODS, "Cách xử lý các kỳ đã quá hạn \"%s\" không hợp lệ: chọn JUDGE hoặc NOT_FOLLOWED."
                        .formatted(text.length() > 20 ? text.substring(0, 20) + "…" : text)));
    }

    private static Object json(List<String> ids) {
        return JsonListVariable.of(ids);
    }

    static int year(Object value) {
        String text = value == null ? "" : value.toString().strip();
        if (!text.matches("\\d{4}")) {
            throw InvalidInputException.atField(PlanVariables.YEAR, "Năm kế hoạch \"%s\" không hợp lệ: hãy nhập năm gồm 4 chữ số, ví dụ 2024."
                    .formatted(text.length() > 20 ? text.substring(0, 20) + "…" : text));
        }
        return Integer.parseInt(text);
    }
}
