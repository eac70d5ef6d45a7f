package vn.cchc.editorial.system;

import liquibase.integration.spring.SpringLiquibase;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Nodes that start together on an empty PostgreSQL database would each create Liquibase's own tables:
 * its lock table guards the migration, not its own creation, and the second node failed its start with
 * "relation databasechangelog already exists" (seen in ClusterIT). The engine's start that follows
 * creates the first administrator ({@code camunda.bpm.admin-user}) when missing, with the same race.
 * On PostgreSQL both run under a session advisory lock, taken just before Liquibase starts and released
 * once the process engine is built, so nodes take turns and the later one finds the schema and the
 * administrator there. H2, one process only, needs no lock. A node that dies while holding it loses its
 * session, and the lock with it; a node whose context starts without an engine releases it once ready.
 */
@Component
public class MigrationLock implements BeanPostProcessor {

    /** Any number the application does not use for another advisory lock: "cchc" in ASCII. */
    static final long KEY = 0x63636863L;

    private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);

    private Connection holder;

    @Override
    public synchronized Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            try {
                Connection connection = liquibase.getDataSource().getConnection();
                if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                    connection.close();
                    return bean;
                }
                connection.setAutoCommit(true);
                log.info("Waiting for other nodes' schema migration and engine start, if any");
                call(connection, "select pg_advisory_lock(?)");
                holder = connection;
            } catch (SQLException e) {
                throw new CannotGetJdbcConnectionException("Could not take the schema migration lock", e);
            }
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ProcessEngine) {
            release();
        }
        return bean;
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void release() {
        if (holder != null) {
            try (Connection connection = holder) {
                holder = null;
                call(connection, "select pg_advisory_unlock(?)");
                log.info("Schema migration and engine start done; other nodes may go on");
            } catch (SQLException e) {
                // closing the session releases the lock as well
                log.warn("Schema migration lock not released explicitly: {}", e.getMessage());
            }
        }
    }

    private static void call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            statement.executeQuery().close();
        }
    }
}
