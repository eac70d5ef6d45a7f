package vn.cchc.editorial.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.editorial.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema belongs to Liquibase: the engine waits for it and finds Camunda's own changelog applied. */
@ApplicationTest
class EngineStartsAfterLiquibaseTest {

    @Autowired
    ConfigurableListableBeanFactory beanFactory;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void processEngineIsCreatedOnlyAfterLiquibase() {
        assertThat(beanFactory.getBeanDefinition("processEngineFactoryBean").getDependsOn()).contains("liquibase");
    }

    @Test
    void camundasSchemaCameFromCamundasLiquibaseChangelogUpToThisVersion() {
        assertThat(jdbc.queryForList(
                "select id from databasechangelog where filename like '%camunda-changelog.xml'", String.class))
                .contains("7.16.0-baseline", "7.24.0-tag");
        assertThat(jdbc.queryForList("select version_ from act_ge_schema_log", String.class)).contains("7.24.0");
    }
}
