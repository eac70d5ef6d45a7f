package vn.cchc.editorial.quota;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Test only: a database, its transactions, Spring's task executor and Spring Modulith's event publication
 * registry on JDBC, and nothing else of the application (no engine). The auto-configurations are listed
 * in META-INF/spring/vn.cchc.editorial.quota.EventRegistrySlice.imports, as Spring Boot's own test slices
 * do, because Modulith's are not public classes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ImportAutoConfiguration
@interface EventRegistrySlice {
}
