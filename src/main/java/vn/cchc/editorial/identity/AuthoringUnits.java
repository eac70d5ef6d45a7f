package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.PlanDates;
import vn.cchc.editorial.plan.Unit;
import vn.cchc.editorial.system.InvalidInputException;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the unit an author writes for: the first authoring unit of the plan in force
 * ({@link PlanCatalog#inForce}) among the Camunda groups of the user.
 */
@Component
public class AuthoringUnits {

    private final IdentityService identityService;
    private final PlanCatalog plans;
    private final Clock clock;

    public AuthoringUnits(IdentityService identityService, PlanCatalog plans, Clock clock) {
        this.identityService = identityService;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException (Vietnamese) when nobody is signed in or the user belongs to no authoring unit
     */
    public String unitOf(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new InvalidInputException("Không xác định được người soạn tin bài: hãy đăng nhập trước khi gửi.");
        }
        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        return units().stream().filter(groups::contains).findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "Tài khoản \"%s\" không thuộc phòng, đơn vị soạn tin nào nên không thể gửi tin bài.".formatted(userId)));
    }

    /** The authoring units' codes of the plan in force today, in the file's order. */
    public List<String> units() {
        int year = PlanDates.dayOf(clock.instant(), clock).getYear();
        return plans.inForce(year).authoringUnits().stream().map(Unit::code).toList();
    }
}
