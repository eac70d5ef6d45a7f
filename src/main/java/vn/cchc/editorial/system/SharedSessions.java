package vn.cchc.editorial.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions are Spring Session JDBC's (spring.session.* in application.yaml): the Camunda webapps keep
 * the login and the CSRF token in the session, and any node must be able to serve the next request.
 */
@Configuration(proxyBeanMethods = false)
class SharedSessions {

    /**
     * Camunda's webapps send many requests at once with the same session; two of them that add the same
     * attribute (Camunda's AuthenticationFilter writes the login back on every request) would otherwise both
     * insert it and the second fail on the primary key, a 500. On PostgreSQL: INSERT ... ON CONFLICT.
     */
    @Bean
    @Profile("postgres")
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** The same upsert on the embedded H2 database (every profile but postgres): H2's MERGE ... KEY. */
    @Bean
    @Profile("!postgres")
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributesOnH2() {
        return sessions -> sessions.setCreateSessionAttributeQuery("""
                MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
                VALUES (?, ?, ?)
                """);
    }
}
