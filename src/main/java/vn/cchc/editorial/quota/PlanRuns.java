package vn.cchc.editorial.quota;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.system.OncePerKeyConflict;
import vn.cchc.editorial.system.ProcessInstanceEndHandler;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * The running plan of each year, one per year by the database's key (table {@code plan_run}, changeset
 * 005). Task_OpenPlan claims the year in the starting transaction: of two starts at the same moment, which
 * a query before the insert would both let through, the second fails on the key, is answered 409 and rolls
 * back whole. PostgreSQL holds the second insert until the first start commits, then refuses it; H2 refuses
 * it at once, or when its lock wait runs out: either way a conflict. The year is released in the
 * transaction that ends the plan's instance, however it ends, so a plan that ended or was deleted can be
 * started again.
 */
@Component
public class PlanRuns implements ProcessInstanceEndHandler {

    static final String ALREADY_STARTED = "Kế hoạch năm %d đã được bắt đầu (có thể bởi một người khác vừa bắt đầu cùng lúc): "
            + "mỗi năm chỉ bắt đầu một lần. Hãy tải lại danh sách công việc để xem các việc của kế hoạch.";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PlanRuns(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that the year's plan runs in this instance, in the caller's transaction.
     *
     * @throws OncePerKeyConflict when the year already has a running plan, committed or being started
     */
    public void claim(int year, String processInstanceId) {
        try {
            jdbc.update("insert into plan_run (plan_year, process_instance_id, started_at) values (?, ?, ?)",
                    year, processInstanceId, Timestamp.from(clock.instant()));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException taken) {
            throw new OncePerKeyConflict(ALREADY_STARTED.formatted(year), taken);
        }
    }

    @Override
    public void ended(ProcessInstanceEndHandler.End end) {
        if (OpenPlan.PROCESS_KEY.equals(end.processDefinitionKey())) {
            jdbc.update("delete from plan_run where process_instance_id = ?", end.processInstanceId());
        }
    }
}
