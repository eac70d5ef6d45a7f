package vn.cchc.editorial.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

import java.util.Set;

/**
 * The engine only checks the schema (camunda.bpm.database.schema-update=false), so it must start after
 * Liquibase has created or upgraded it. Spring Boot orders JPA after Liquibase by itself but knows
 * nothing of the engine; this detector (META-INF/spring.factories) makes the engine depend on Liquibase
 * too, instead of relying on the order in which beans happen to be created.
 */
public class EngineStartsAfterLiquibase extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class, ProcessEngineFactoryBean.class);
    }
}
