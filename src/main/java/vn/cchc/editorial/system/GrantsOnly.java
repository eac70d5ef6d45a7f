package vn.cchc.editorial.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Permissions are granted, never revoked: the project's grants are ALLOW ("CHO PHÉP") and GLOBAL ("TOÀN CỤC")
 * authorizations (docs/security.md, "Grants only"), and the engine refuses to save a DENY ("TỪ CHỐI", Camunda's
 * REVOKE) on every route, the REST API, Admin and the Java API alike ({@link #refuseDeny}, called by the engine's
 * authorization manager, {@link AuthorizationsOfTheLoginGroups}): {@link InvalidInputException} with {@link #NO_DENY},
 * a 400 on the REST API.
 * <p>
 * So the engine need not look for REVOKE rows: in Camunda's default mode ({@code authorizationCheckRevokes: auto})
 * every command that checks a permission first asks the database whether the person holds any REVOKE authorization,
 * about seven reads an item. When the engine starts and its database holds none, {@link #checkRevokesOnlyIfAny}
 * switches that off ({@code never}); a database that holds some (written into the table by hand) keeps {@code auto},
 * so they still count, and the start says so at WARN. Called at every engine's start by {@link EditorialEnginePlugin}.
 */
public final class GrantsOnly {

    /** The refusal of a DENY authorization (Camunda's REVOKE, {@code type} 2). */
    public static final String NO_DENY = "Hệ thống chỉ dùng phân quyền loại CHO PHÉP hoặc TOÀN CỤC, không dùng loại "
            + "TỪ CHỐI. Để một người hay một nhóm không còn quyền, hãy xóa phân quyền CHO PHÉP đã cấp.";

    private static final Logger log = LoggerFactory.getLogger(GrantsOnly.class);

    private GrantsOnly() {
    }

    /** Refuses an authorization about to be inserted or updated when it is a DENY (REVOKE); others pass. */
    static void refuseDeny(AuthorizationEntity authorization) {
        if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
            throw new InvalidInputException(NO_DENY);
        }
    }

    /** {@code never} when the database holds no REVOKE authorization, else {@code auto} and a WARN. */
    static void checkRevokesOnlyIfAny(ProcessEngine engine) {
        long revokes = engine.getAuthorizationService().createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
        ProcessEngineConfiguration configuration = engine.getProcessEngineConfiguration();
        if (revokes == 0) {
            configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
        } else {
            configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO);
            log.warn("The database holds {} DENY (REVOKE) authorizations; the project grants only (docs/security.md, "
                    + "\"Grants only\"). Permission checks keep looking for them on every command until they are deleted "
                    + "in Admin and the application is restarted.", revokes);
        }
    }
}
