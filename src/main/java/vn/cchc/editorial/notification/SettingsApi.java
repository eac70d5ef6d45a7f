package vn.cchc.editorial.notification;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.editorial.system.ApiAuthenticationFilter;
import vn.cchc.editorial.system.EngineUsers;
import vn.cchc.editorial.system.InvalidInputException;

/**
 * The caller's own notification settings for programs (docs/api.md): {@code GET}, {@code PUT …/email},
 * {@code PUT …/kinds/{kind}}. A wrong address or a kind that does not exist is a 400 problem detail
 * (system/ApiRefusals).
 */
@RestController
class SettingsApi {

    private final PersonalSettings settings;
    private final IdentityService identity;

    SettingsApi(PersonalSettings settings, IdentityService identity) {
        this.settings = settings;
        this.identity = identity;
    }

    record EmailInput(String email) {
    }

    record KindInput(Boolean enabled) {
    }

    @GetMapping(ApiAuthenticationFilter.SETTINGS_API)
    PersonalSettings.View get() {
        return settings.of(EngineUsers.currentUser(identity));
    }

    @PutMapping(ApiAuthenticationFilter.SETTINGS_API + "/email")
    ResponseEntity<Void> email(@RequestBody EmailInput input) {
        settings.setEmail(EngineUsers.currentUser(identity), input.email());
        return ResponseEntity.noContent().build();
    }

    @PutMapping(ApiAuthenticationFilter.SETTINGS_API + "/kinds/{kind}")
    ResponseEntity<Void> kind(@PathVariable String kind, @RequestBody KindInput input) {
        PersonalSettings.kind(kind);
        if (input.enabled() == null) {
            throw new InvalidInputException("Phải ghi \"enabled\": true (nhận) hoặc false (không nhận).");
        }
        settings.setKind(EngineUsers.currentUser(identity), kind, input.enabled());
        return ResponseEntity.noContent().build();
    }
}
