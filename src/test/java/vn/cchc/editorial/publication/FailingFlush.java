package vn.cchc.editorial.publication;

import org.h2.tools.TriggerAdapter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A database that refuses, once, to store the publication of one item: an H2 trigger, so the failure
 * happens where a real one would, in the flush after the external post succeeded.
 */
public class FailingFlush extends TriggerAdapter {

    static final String MESSAGE = "simulated failure of the publication insert";
    private static final AtomicReference<String> KEY = new AtomicReference<>();

    static void armOnceFor(JdbcTemplate jdbc, String idempotencyKey) {
        KEY.set(idempotencyKey);
        jdbc.execute("CREATE TRIGGER IF NOT EXISTS failing_flush BEFORE INSERT ON publication FOR EACH ROW CALL '"
                + FailingFlush.class.getName() + "'");
    }

    static void disarm(JdbcTemplate jdbc) {
        KEY.set(null);
        jdbc.execute("DROP TRIGGER IF EXISTS failing_flush");
    }

    @Override
    public void fire(Connection connection, ResultSet oldRow, ResultSet newRow) throws SQLException {
        String armed = KEY.get();
        if (armed != null && armed.equals(newRow.getString("IDEMPOTENCY_KEY")) && KEY.compareAndSet(armed, null)) {
            throw new SQLException(MESSAGE);
        }
    }
}
