package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.WebappSession;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody, an administrator neither, makes a DENY grant through the REST API or Admin's copy of it, however the type
 * is written; an ALLOW grant the administrator still can. The engine's own refusal: {@code GrantsOnlyTest}.
 */
@ApplicationTest
class GrantsOnlyApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    AuthorizationService authorizations;

    @Test
    void aDenyGrantIsRefusedInVietnameseAndNothingIsSaved() throws Exception {
        RestClient admin = new RestClient(port, "admin");
        WebappSession adminInAdmin = WebappSession.logIn(port, "admin", "demo");
        assertThat(adminInAdmin.logIn("admin", "admin", "demo").statusCode()).isEqualTo(200);
        ObjectMapper json = new ObjectMapper();
        long before = authorizations.createAuthorizationQuery().count();
        for (Object type : List.of(2, "2", 2.0)) {
            Map<String, Object> deny = Map.of("type", type, "permissions", List.of("READ"), "groupId", "phong-cds",
                    "resourceType", 8, "resourceId", "*");
            ResponseEntity<String> answer = admin.post("/engine-rest/authorization/create", deny);
            assertThat(answer.getStatusCode().value()).as("type %s", type).isEqualTo(400);
            assertThat(admin.json(answer).get("message").asText()).isEqualTo(GrantsOnly.NO_DENY);
            assertThat(answer.getBody()).doesNotContain("Exception:", "at org.");

            HttpResponse<String> inAdmin = adminInAdmin.post("/camunda/api/engine/engine/default/authorization/create",
                    json.writeValueAsString(deny));
            assertThat(inAdmin.statusCode()).as("type %s in Admin", type).isEqualTo(400);
            assertThat(json.readTree(inAdmin.body()).get("message").asText()).isEqualTo(GrantsOnly.NO_DENY);
        }
        assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count()).isZero();
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(before);
        // so the engine does not look for one on every command
        assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
    }

    @Test
    void anAllowGrantIsStillTheAdministratorsToMake() {
        RestClient admin = new RestClient(port, "admin");
        ResponseEntity<String> answer = admin.post("/engine-rest/authorization/create", Map.of("type", 1,
                "permissions", List.of("READ"), "groupId", "phong-cds", "resourceType", 8, "resourceId", "grants-only-test"));
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        String id = admin.json(answer).get("id").asText();
        assertThat(admin.exchange(HttpMethod.DELETE, "/engine-rest/authorization/" + id, null).getStatusCode().value()).isEqualTo(204);
    }
}
