package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine looks for DENY (REVOKE) grants only while its database holds some: none at start, no search; one made
 * by hand, Camunda's default search, so it still counts. The REST API's refusal of new ones: {@code GrantsOnlyApiTest}.
 */
class GrantsOnlyTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("grants-only");
        configuration.setJdbcUrl("jdbc:h2:mem:grants-only;DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setAuthorizationEnabled(true);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEnginePlugins(List.of(new EditorialEnginePlugin(), new GrantsOnly()));
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void withoutADenyInTheDatabaseTheEngineDoesNotLookForOneButWithOneItDoes() {
        assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);

        Authorization allow = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        allow.setUserId(Authorization.ANY);
        allow.setResource(Resources.PROCESS_INSTANCE);
        allow.setResourceId("item-1");
        allow.addPermission(Permissions.READ);
        engine.getAuthorizationService().saveAuthorization(allow);
        Authorization deny = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        deny.setGroupId("so-noi-vu");
        deny.setResource(Resources.PROCESS_INSTANCE);
        deny.setResourceId("item-1");
        deny.removePermission(Permissions.READ);
        engine.getAuthorizationService().saveAuthorization(deny);

        // the next start finds it and keeps Camunda's search, so the group's DENY wins over the global grant, as Camunda means it to
        new GrantsOnly().postProcessEngineBuild(engine);
        assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO);
        assertThat(engine.getAuthorizationService().isUserAuthorized("lan", List.of("vp", "so-noi-vu"), Permissions.READ,
                Resources.PROCESS_INSTANCE, "item-1")).isFalse();

        engine.getAuthorizationService().deleteAuthorization(deny.getId());
        new GrantsOnly().postProcessEngineBuild(engine);
        assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
        assertThat(engine.getAuthorizationService().isUserAuthorized("lan", List.of("vp", "so-noi-vu"), Permissions.READ,
                Resources.PROCESS_INSTANCE, "item-1")).isTrue();
    }

    @Test
    void aDenyIsAskedForByTypeTwoAsANumberOrAText() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(GrantsOnly.asksToDeny(json.readTree("{\"type\": 2}"))).isTrue();
        assertThat(GrantsOnly.asksToDeny(json.readTree("{\"type\": \" 2\"}"))).isTrue();
        assertThat(GrantsOnly.asksToDeny(json.readTree("{\"type\": 1}"))).isFalse();
        assertThat(GrantsOnly.asksToDeny(json.readTree("{\"type\": 0}"))).isFalse();
        assertThat(GrantsOnly.asksToDeny(json.readTree("{}"))).isFalse();
        assertThat(GrantsOnly.asksToDeny(null)).isFalse();
    }
}
