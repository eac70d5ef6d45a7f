package vn.cchc.editorial.quota;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import vn.cchc.editorial.system.EngineUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.editorial.system.InvalidInputException;

import java.util.Map;

/**
 * POST /api/quota-credits: the Office credits an item to a quota period, with a reason (user from
 * ApiAuthenticationFilter). A refusal is thrown (InvalidInputException 400, AuthorizationException 403) and
 * answered as problem details by system.ApiRefusals.
 */
@RestController
class QuotaCreditController {

    record CreditRequest(String periodId, Long articleId, String reason) {
    }

    private final QuotaCredits credits;
    private final QuotaPeriods periods;
    private final IdentityService identityService;

    QuotaCreditController(QuotaCredits credits, QuotaPeriods periods, IdentityService identityService) {
        this.credits = credits;
        this.periods = periods;
        this.identityService = identityService;
    }

    @PostMapping("/api/quota-credits")
    ResponseEntity<Map<String, Object>> credit(@RequestBody CreditRequest request) {
        String user = EngineUsers.currentUser(identityService);
        if (user == null) {
            // ApiAuthenticationFilter lets nobody through without a user; should it ever, the answer is a 401
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        if (request == null || request.periodId() == null || request.articleId() == null) {
            throw new InvalidInputException("Phải ghi kỳ chỉ tiêu (periodId) và tin bài (articleId).");
        }
        String office = periods.plan(QuotaPeriods.yearOf(request.periodId())).office();
        if (identityService.createGroupQuery().groupMember(user).groupId(office).count() == 0) {
            throw new AuthorizationException("Chỉ Văn phòng được tính tin bài cho kỳ chỉ tiêu.");
        }
        QuotaCredit credit = credits.credit(request.periodId(), request.articleId(), request.reason(), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", credit.getId(), "periodId", credit.getPeriodId(),
                "articleId", credit.getArticleId(), "creditedBy", credit.getCreditedBy()));
    }
}
