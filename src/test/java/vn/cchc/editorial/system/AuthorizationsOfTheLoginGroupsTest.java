package vn.cchc.editorial.system;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's permission checks take a person's groups as they are, without first reading which groups hold a
 * grant, and answer as Camunda's own checks do.
 */
class AuthorizationsOfTheLoginGroupsTest {

    private static ProcessEngine engine;
    private static AuthorizationService authorizations;

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("authorizations-of-the-login-groups");
        configuration.setJdbcUrl("jdbc:h2:mem:authorizations-of-the-login-groups;DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setAuthorizationEnabled(true);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEnginePlugins(List.of(new EditorialEnginePlugin()));
        engine = configuration.buildProcessEngine();
        authorizations = engine.getAuthorizationService();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @AfterEach
    void removeGrants() {
        authorizations.createAuthorizationQuery().list().stream()
                .filter(a -> a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType())
                .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }

    @Test
    void theGroupsOfTheLoginAreCheckedWithoutAReadOfTheGroupsThatHoldGrants() {
        grant(Authorization.AUTH_TYPE_GRANT, "vp", "item-1");
        List<String> checked = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute((Command<List<String>>) context -> context
                        .getAuthorizationManager().filterAuthenticatedGroupIds(Arrays.asList("vp", "so-noi-vu", null, "vp")));
        // Camunda's own manager leaves "so-noi-vu" out, after reading every group that holds a grant
        assertThat(checked).containsExactly("vp", "so-noi-vu");
    }

    @Test
    void aGrantToOneOfThePersonsGroupsIsFoundAndNoOtherIs() {
        grant(Authorization.AUTH_TYPE_GRANT, "vp", "item-1");
        assertThat(readable("lan", List.of("so-noi-vu", "vp"), "item-1")).isTrue();
        assertThat(readable("lan", List.of("so-noi-vu", "vp"), "item-2")).isFalse();
        assertThat(readable("lan", List.of("so-noi-vu"), "item-1")).isFalse();
        assertThat(readable("lan", List.of(), "item-1")).isFalse();
    }

    @Test
    void aRevokeToOneOfThePersonsGroupsStillWins() {
        grant(Authorization.AUTH_TYPE_GLOBAL, null, "item-1");
        // the engine saves no DENY (GrantsOnly): one written by hand, and the engine told to look for it
        String deny = GrantsOnlyTest.writeDenyByHand(engine, "so-noi-vu", Resources.PROCESS_INSTANCE, "item-1", Permissions.READ);
        GrantsOnly.checkRevokesOnlyIfAny(engine);
        assertThat(readable("lan", List.of("vp"), "item-1")).isTrue();
        assertThat(readable("lan", List.of("vp", "so-noi-vu"), "item-1")).isFalse();
        authorizations.deleteAuthorization(deny);
        GrantsOnly.checkRevokesOnlyIfAny(engine);
    }

    private static boolean readable(String userId, List<String> groups, String item) {
        return authorizations.isUserAuthorized(userId, groups, Permissions.READ, Resources.PROCESS_INSTANCE, item);
    }

    private static void grant(int type, String groupId, String item) {
        Authorization authorization = authorizations.createNewAuthorization(type);
        if (type == Authorization.AUTH_TYPE_GLOBAL) {
            authorization.setUserId(Authorization.ANY);
        } else {
            authorization.setGroupId(groupId);
        }
        authorization.setResource(Resources.PROCESS_INSTANCE);
        authorization.setResourceId(item);
        authorization.addPermission(Permissions.READ);
        authorizations.saveAuthorization(authorization);
    }
}
