package vn.cchc.editorial.system;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nodes that start together on one database each look for the groups, grants, Tasklist filters and
 * demo accounts that are missing, and would each create them: a second group of the same id fails the
 * node's start, a second filter of the same name shows twice in Tasklist. The work runs in one
 * transaction that first locks the single row of {@code startup_lock}, so the nodes take turns and the
 * later one finds everything there. The engine's services join that transaction.
 */
@Component
public class StartupLock {

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    public StartupLock(TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    public void run(Runnable setup) {
        transactions.executeWithoutResult(status -> {
            jdbc.queryForObject("select id from startup_lock where id = 1 for update", Integer.class);
            setup.run();
        });
    }
}
