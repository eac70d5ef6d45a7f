package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Permissions are granted, never revoked: the project's grants are ALLOW ("CHO PHÉP") and GLOBAL authorizations
 * (docs/security.md, "Grants only"), and a DENY ("TỪ CHỐI", Camunda's REVOKE) is refused on the REST API to everyone,
 * administrators included ({@link EngineApiWriteGuard}, 400 {@link #NO_DENY}).
 * <p>
 * So the engine need not look for REVOKE rows: in Camunda's default mode ({@code authorizationCheckRevokes: auto})
 * every command that checks a permission first asks the database whether the person has any REVOKE authorization,
 * six reads an item. When the engine has started and its database holds none, the check is switched off
 * ({@code never}); a database that holds some (made before this rule, or by hand) keeps {@code auto}, so they still
 * count, and the start says so at WARN.
 */
public final class GrantsOnly extends AbstractProcessEnginePlugin {

    /** The refusal of a DENY authorization (Camunda's REVOKE, {@code type} 2). */
    public static final String NO_DENY = "Hệ thống chỉ dùng phân quyền loại CHO PHÉP hoặc TOÀN CỤC, không dùng loại "
            + "TỪ CHỐI. Để một người hay một nhóm không còn quyền, hãy xóa phân quyền CHO PHÉP đã cấp.";

    private static final Logger log = LoggerFactory.getLogger(GrantsOnly.class);

    /** Whether a body of {@code POST authorization/create} asks for a DENY (REVOKE) authorization. */
    static boolean asksToDeny(JsonNode body) {
        JsonNode type = body == null ? null : body.get("type");
        return type != null && (type.isNumber() || type.isTextual()) && type.asText().strip().equals(
                Integer.toString(Authorization.AUTH_TYPE_REVOKE));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
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
