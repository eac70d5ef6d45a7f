package vn.cchc.editorial.plan;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import vn.cchc.editorial.system.ApiAuthenticationFilter;
import vn.cchc.editorial.system.EngineUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /api/plans: the years whose plan is in force, the plans' time zone (for any logged-in person: the webapps write
 * their dates in it, app/cchc/mui-gio.js), and a reload of the plan files by the Office or an administrator. A refused file is named with its line; the plan in force for its year stays.
 * This node reloads at once; every node also reads its directory again by itself when the files change
 * ({@link PlanFilesWatcher}). A refusal is thrown (AuthorizationException, 403) and answered as problem
 * details by system.ApiRefusals.
 */
@RestController
class PlanController {

    private final PlanCatalog plans;
    private final IdentityService identityService;
    private final PlanTimeZone timeZone;

    PlanController(PlanCatalog plans, IdentityService identityService, PlanTimeZone timeZone) {
        this.plans = plans;
        this.identityService = identityService;
        this.timeZone = timeZone;
    }

    @GetMapping("/api/plans")
    Map<String, Object> inForce() {
        return Map.of("years", plans.years());
    }

    /** {@code {"timeZone": "Asia/Ho_Chi_Minh"}}: the plans' {@code timeZone} ({@link PlanTimeZone}), an IANA id. */
    @GetMapping(ApiAuthenticationFilter.PLAN_TIME_ZONE_API)
    Map<String, String> timeZone() {
        return Map.of("timeZone", timeZone.zone().getId());
    }

    @PostMapping("/api/plans/reload")
    ResponseEntity<Map<String, Object>> reload() {
        List<String> groups = EngineUsers.currentGroups(identityService);
        boolean office = plans.years().stream().map(y -> plans.forYear(y).orElseThrow().office()).anyMatch(groups::contains);
        if (!office && !groups.contains(Groups.CAMUNDA_ADMIN)) {
            throw new AuthorizationException("Chỉ Văn phòng hoặc quản trị hệ thống được nạp lại tệp kế hoạch.");
        }
        PlanReload reload = plans.reload();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reloadedYears", reload.reloadedYears());
        body.put("refused", reload.refused().stream().map(PlanFileException::getMessage).toList());
        body.put("yearsInForce", plans.years());
        return ResponseEntity.status(reload.isClean() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(body);
    }
}
