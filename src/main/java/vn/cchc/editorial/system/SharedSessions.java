package vn.cchc.editorial.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions are Spring Session JDBC's (spring.session.* in application.yaml): the Camunda webapps keep
 * the login and the CSRF token in the session, and any node must be able to serve the next request.
 */
@Configuration(proxyBeanMethods = false)
class SharedSessions {

    /**
     * Camunda's webapps send many requests at once with the same session; on PostgreSQL an upsert keeps
     * two of them that save the same attribute from failing on the primary key.
     */
    @Bean
    @Profile("postgres")
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
