package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.system.ProductionRefusal;

import java.util.List;

/**
 * A production database that once ran the demo profile still holds its accounts, whose password is
 * public. Checked once every bean is made and before the web server opens; a refusal names them.
 */
@Component
@Profile("prod")
public class NoDemoAccountsInProduction implements SmartInitializingSingleton {

    private final IdentityService identityService;

    public NoDemoAccountsInProduction(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> found = demoAccountsPresent();
        if (!found.isEmpty()) {
            throw new ProductionRefusal(List.of(("The database holds demo accounts (%s), whose password is public. "
                    + "Delete them in Admin from a non-production start, or use a fresh database.")
                    .formatted(String.join(", ", found))));
        }
    }

    /** Demo accounts are recognized by the address the demo profile gave them, whichever plan named them. */
    List<String> demoAccountsPresent() {
        return identityService.createUserQuery().userEmailLike(DemoAccounts.demoAddressPattern()).orderByUserId().asc()
                .list().stream()
                .map(User::getId)
                .sorted(DemoAccounts.LISTED_FIRST)
                .toList();
    }
}
