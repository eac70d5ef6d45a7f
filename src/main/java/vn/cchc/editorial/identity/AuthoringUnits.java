package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.system.InvalidInputException;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds the unit an author writes for: the first authoring unit among the Camunda groups of the user. */
@Component
public class AuthoringUnits {

    private final IdentityService identityService;
    private final List<String> units;

    public AuthoringUnits(IdentityService identityService,
                          @Value("${cchc.identity.authoring-units}") List<String> units) {
        this.identityService = identityService;
        this.units = List.copyOf(units);
    }

    public String unitOf(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new InvalidInputException("Không xác định được người soạn tin bài: hãy đăng nhập trước khi gửi.");
        }
        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        return units.stream().filter(groups::contains).findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "Tài khoản \"%s\" không thuộc phòng, đơn vị soạn tin nào nên không thể gửi tin bài.".formatted(userId)));
    }

    public List<String> units() {
        return units;
    }
}
