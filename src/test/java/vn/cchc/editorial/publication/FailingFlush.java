package vn.cchc.editorial.publication;

import org.h2.tools.TriggerAdapter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A database that refuses, once, to store the publication of one item: a trigger (H2 or PostgreSQL), so the failure
 * happens where a real one would, in the flush after the external post succeeded.
 */
public class FailingFlush extends TriggerAdapter {

    static final String MESSAGE = "simulated failure of the publication insert";
    private static final AtomicReference<String> KEY = new AtomicReference<>();

    static void armOnceFor(JdbcTemplate jdbc, String idempotencyKey) {
        KEY.set(idempotencyKey);
        if (onPostgres(jdbc)) {
            // the same once-only refusal in PostgreSQL: a sequence counts outside the failing transaction
            jdbc.execute("DROP SEQUENCE IF EXISTS failing_flush_seq");
            jdbc.execute("CREATE SEQUENCE failing_flush_seq");
            jdbc.execute("CREATE OR REPLACE FUNCTION failing_flush() RETURNS trigger AS $$ BEGIN "
                    + "IF NEW.idempotency_key = '" + idempotencyKey.replace("'", "''") + "' AND nextval('failing_flush_seq') = 1 "
                    + "THEN RAISE EXCEPTION '" + MESSAGE + "'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
            jdbc.execute("CREATE TRIGGER failing_flush BEFORE INSERT ON publication FOR EACH ROW EXECUTE FUNCTION failing_flush()");
            return;
        }
        jdbc.execute("CREATE TRIGGER IF NOT EXISTS failing_flush BEFORE INSERT ON publication FOR EACH ROW CALL '"
                + FailingFlush.class.getName() + "'");
    }

    static void disarm(JdbcTemplate jdbc) {
        KEY.set(null);
        if (onPostgres(jdbc)) {
            jdbc.execute("DROP TRIGGER IF EXISTS failing_flush ON publication");
            jdbc.execute("DROP FUNCTION IF EXISTS failing_flush()");
            jdbc.execute("DROP SEQUENCE IF EXISTS failing_flush_seq");
            return;
        }
        jdbc.execute("DROP TRIGGER IF EXISTS failing_flush");
    }

    private static boolean onPostgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }

    @Override
    public void fire(Connection connection, ResultSet oldRow, ResultSet newRow) throws SQLException {
        String armed = KEY.get();
        if (armed != null && armed.equals(newRow.getString("IDEMPOTENCY_KEY")) && KEY.compareAndSet(armed, null)) {
            throw new SQLException(MESSAGE);
        }
    }
}
