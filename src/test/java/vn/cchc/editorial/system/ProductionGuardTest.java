package vn.cchc.editorial.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.cchc.editorial.EditorialApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The prod profile refuses a configuration that is not fit for production, and says why. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionGuardTest {

    static final String GOOD_PASSWORD = "Quan-tri-2024!Soc";

    /** The guard alone, with the properties production has once application-prod.yaml and the environment are read. */
    final ApplicationContextRunner production = new ApplicationContextRunner()
            .withInitializer(context -> context.getEnvironment().setActiveProfiles("prod", "postgres"))
            .withPropertyValues(
                    "camunda.bpm.authorization.enabled=true",
                    "camunda.bpm.admin-user.id=admin",
                    "camunda.bpm.admin-user.password=" + GOOD_PASSWORD)
            .withUserConfiguration(ProductionGuard.class);

    @Test
    void aProperProductionConfigurationStarts() {
        production.run(context -> assertThat(context).hasNotFailed().hasSingleBean(ProductionGuard.class));
    }

    @Test
    void theGuardStaysOutOfOtherProfiles() {
        new ApplicationContextRunner()
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("demo"))
                .withPropertyValues("cchc.clock.start=2024-03-01T08:00:00+07:00")
                .withUserConfiguration(ProductionGuard.class)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ProductionGuard.class));
    }

    @Test
    void demoAccountsBesideProductionAreRefused() {
        production.withInitializer(context -> context.getEnvironment().setActiveProfiles("prod", "demo"))
                .run(context -> assertRefused(context.getStartupFailure(), "The demo profile is active beside prod"));
    }

    @Test
    void aMovedClockIsRefused() {
        production.withPropertyValues("cchc.clock.start=2024-03-01T08:00:00+07:00")
                .run(context -> assertRefused(context.getStartupFailure(), "cchc.clock.start is set"));
    }

    @Test
    void aMissingAdministratorPasswordIsRefused() {
        production.withPropertyValues("camunda.bpm.admin-user.password=")
                .run(context -> assertRefused(context.getStartupFailure(), "set the environment variable CCHC_ADMIN_PASSWORD"));
    }

    @Test
    void defaultAdministratorPasswordsAreRefused() {
        for (String password : new String[] {"demo", "admin", "Admin", "camunda"}) {
            production.withPropertyValues("camunda.bpm.admin-user.password=" + password)
                    .run(context -> assertRefused(context.getStartupFailure(), "CCHC_ADMIN_PASSWORD is a default password"));
        }
        production.withPropertyValues("camunda.bpm.admin-user.id=quantri", "camunda.bpm.admin-user.password=quantri")
                .run(context -> assertRefused(context.getStartupFailure(), "(the user name)"));
    }

    @Test
    void aWeakAdministratorPasswordIsRefused() {
        production.withPropertyValues("camunda.bpm.admin-user.password=matkhaudai")
                .run(context -> assertRefused(context.getStartupFailure(), "does not meet Camunda's password policy"));
    }

    @Test
    void productionWithoutAuthorizationIsRefused() {
        production.withPropertyValues("camunda.bpm.authorization.enabled=false")
                .run(context -> assertRefused(context.getStartupFailure(), "camunda.bpm.authorization.enabled is not true"));
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        production.withInitializer(context -> context.getEnvironment().setActiveProfiles("prod", "demo"))
                .withPropertyValues("cchc.clock.start=2024-03-01T08:00:00+07:00", "camunda.bpm.admin-user.password=demo")
                .run(context -> assertThat(((ProductionRefusal) context.getStartupFailure()).getReasons()).hasSize(3));
    }

    @Test
    void theApplicationStopsWithAReportNotJustAStackTrace(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(EditorialApplication.class)
                .profiles("prod", "demo")
                .properties("camunda.bpm.admin-user.password=", "server.port=0",
                        "spring.datasource.url=jdbc:h2:mem:guard-test;DB_CLOSE_DELAY=-1")
                .run())
                .isInstanceOf(ProductionRefusal.class);
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("The prod profile refuses to start:")
                .contains("The demo profile is active beside prod")
                .contains("CCHC_ADMIN_PASSWORD")
                .contains("docs/security.md");
    }

    private static void assertRefused(Throwable failure, String reason) {
        assertThat(failure).isInstanceOf(ProductionRefusal.class);
        assertThat(((ProductionRefusal) failure).getReasons()).anySatisfy(r -> assertThat(r).contains(reason));
    }
}
