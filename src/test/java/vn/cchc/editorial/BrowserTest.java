package vn.cchc.editorial;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that drives a real browser ({@link Browser}) against the whole application. It shares the
 * {@link ApplicationTest} context with the other end-to-end tests, and is tagged "browser": the default
 * build leaves it out (a fresh machine has only a JDK), {@code ./mvnw verify -Pbrowser} runs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ApplicationTest
public @interface BrowserTest {
}
