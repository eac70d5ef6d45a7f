package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.editorial.ApplicationTest;
import vn.cchc.editorial.system.ProductionRefusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Run on the demo database of the test context: production would refuse it and name the accounts. */
@ApplicationTest
class NoDemoAccountsInProductionTest {

    @Autowired
    IdentityService identityService;

    @Test
    void aDatabaseWithTheDemoAccountsIsRefused() {
        NoDemoAccountsInProduction guard = new NoDemoAccountsInProduction(identityService);

        assertThat(guard.demoAccountsPresent()).contains("admin", "vp.tacgia", "bbt.bientap", "bgd.giamdoc");
        assertThatThrownBy(guard::afterSingletonsInstantiated)
                .isInstanceOf(ProductionRefusal.class)
                .hasMessageContaining("demo accounts (admin, vp.tacgia");
    }

    @Test
    void aRealAccountNamedLikeADemoAccountIsNotOne() {
        // production's own administrator is called "admin" too, but was not made by the demo profile
        User admin = identityService.createUserQuery().userId("admin").singleResult();
        String email = admin.getEmail();
        try {
            admin.setEmail("admin@soctrang.gov.vn");
            identityService.saveUser(admin);
            assertThat(new NoDemoAccountsInProduction(identityService).demoAccountsPresent()).doesNotContain("admin").contains("vp.tacgia");
        } finally {
            admin.setEmail(email);
            identityService.saveUser(admin);
        }
    }
}
