package vn.cchc.editorial.system;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints under the protected paths (/api, /dashboard), which have no controllers yet:
 * they answer who the request runs as, so a test sees what ApiAuthenticationFilter let through.
 */
@RestController
class ProtectedPathsProbe {

    private final IdentityService identityService;

    ProtectedPathsProbe(IdentityService identityService) {
        this.identityService = identityService;
    }

    @GetMapping({"/api/test/whoami", "/dashboard/test/whoami"})
    String whoAmI() {
        return identityService.getCurrentAuthentication().getUserId();
    }

    @PostMapping("/api/test/whoami")
    String whoAmIAfterAChange() {
        return whoAmI();
    }
}
