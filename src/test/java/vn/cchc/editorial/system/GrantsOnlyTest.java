package vn.cchc.editorial.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine saves no DENY (REVOKE) grant, on any route, and looks for DENY grants only while its database holds some:
 * none at start, no search; one written into the table by hand, Camunda's default search, so it still counts. The
 * REST API's answer: {@code GrantsOnlyApiTest}.
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
        configuration.setProcessEnginePlugins(List.of(new EditorialEnginePlugin()));
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @AfterEach
    void removeGrants() {
        engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).list()
                .forEach(grant -> engine.getAuthorizationService().deleteAuthorization(grant.getId()));
    }

    @Test
    void aDenyIsNotSavedNorIsAGrantTurnedIntoOne() {
        Authorization deny = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        deny.setGroupId("so-noi-vu");
        deny.setResource(Resources.PROCESS_INSTANCE);
        deny.setResourceId("item-1");
        deny.removePermission(Permissions.READ);
        assertThatThrownBy(() -> engine.getAuthorizationService().saveAuthorization(deny))
                .isInstanceOf(InvalidInputException.class).hasMessage(GrantsOnly.NO_DENY);

        Authorization allow = allowEveryoneToRead("item-1");
        ((AuthorizationEntity) allow).setAuthorizationType(Authorization.AUTH_TYPE_REVOKE);
        assertThatThrownBy(() -> engine.getAuthorizationService().saveAuthorization(allow))
                .isInstanceOf(InvalidInputException.class).hasMessage(GrantsOnly.NO_DENY);

        assertThat(engine.getAuthorizationService().createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE)
                .count()).isZero();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceId("item-1").count()).isOne();
    }

    @Test
    void withoutADenyInTheDatabaseTheEngineDoesNotLookForOneButWithOneWrittenByHandItDoes() {
        assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
        allowEveryoneToRead("item-1");
        String deny = writeDenyByHand(engine, "so-noi-vu", Resources.PROCESS_INSTANCE, "item-1", Permissions.READ);

        // the next start finds it and keeps Camunda's search, so the group's DENY wins over the global grant
        GrantsOnly.checkRevokesOnlyIfAny(engine);
        assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO);
        assertThat(readable(List.of("vp", "so-noi-vu"))).isFalse();

        engine.getAuthorizationService().deleteAuthorization(deny);
        GrantsOnly.checkRevokesOnlyIfAny(engine);
        assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
        assertThat(readable(List.of("vp", "so-noi-vu"))).isTrue();
    }

    private static boolean readable(List<String> groups) {
        return engine.getAuthorizationService().isUserAuthorized("lan", groups, Permissions.READ, Resources.PROCESS_INSTANCE, "item-1");
    }

    private static Authorization allowEveryoneToRead(String item) {
        Authorization allow = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        allow.setUserId(Authorization.ANY);
        allow.setResource(Resources.PROCESS_INSTANCE);
        allow.setResourceId(item);
        allow.addPermission(Permissions.READ);
        return engine.getAuthorizationService().saveAuthorization(allow);
    }

    /**
     * A DENY of one permission to a group, written into Camunda's table by hand (the engine's API saves none), as one
     * made before the project refused them would be; its id.
     */
    static String writeDenyByHand(ProcessEngine engine, String groupId, Resource resource, String resourceId, Permission denied) {
        AuthorizationEntity deny = new AuthorizationEntity(Authorization.AUTH_TYPE_REVOKE);
        deny.removePermission(denied);
        String id = UUID.randomUUID().toString();
        try (Connection connection = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into ACT_RU_AUTHORIZATION "
                     + "(ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_) values (?, 1, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setInt(2, Authorization.AUTH_TYPE_REVOKE);
            insert.setString(3, groupId);
            insert.setInt(4, resource.resourceType());
            insert.setString(5, resourceId);
            insert.setInt(6, deny.getPermissions());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
