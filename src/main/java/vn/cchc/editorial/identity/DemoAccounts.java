package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.system.StartupLock;

import java.util.List;

/**
 * The demo profile's accounts (password "demo"), created once and left alone on restart. The production
 * profile refuses to start while any of them exists.
 */
@Component
@Profile("demo")
@Order(10)
public class DemoAccounts implements ApplicationRunner {

    public static final String PASSWORD = "demo";
    /** Marks the accounts this profile made, so production can tell them from real ones of the same name. */
    static final String DEMO_ADDRESS_DOMAIN = "@demo.cchc.local";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Account(String id, String firstName, String lastName, String group) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "Quản trị", "hệ thống", "camunda-admin"),
            new Account("vp.tacgia", "Lan", "Nguyễn Thị", "van-phong"),
            new Account("ttbcxb.tacgia", "Minh", "Trần Văn", "phong-ttbcxb"),
            new Account("cds.tacgia", "Hùng", "Lê Quốc", "phong-cds"),
            new Account("tt.tacgia", "Hoa", "Phạm Thị", "thanh-tra"),
            new Account("cns.tacgia", "Tuấn", "Võ Anh", "trung-tam-cns"),
            new Account("bbt.bientap", "Mai", "Huỳnh Thanh", "ban-bien-tap"),
            new Account("vp.theodoi", "Bình", "Đặng Thanh", "van-phong"),
            new Account("bgd.giamdoc", "Chiến", "Nguyễn Minh", "ban-giam-doc"));

    private final IdentityService identityService;
    private final StartupLock startupLock;

    /** Runs after {@link AccessSetup} (its order is lower), which has created the groups these accounts join. */
    public DemoAccounts(IdentityService identityService, StartupLock startupLock) {
        this.identityService = identityService;
        this.startupLock = startupLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        startupLock.run(this::ensureAccounts);
    }

    private void ensureAccounts() {
        for (Account account : ACCOUNTS) {
            if (identityService.createUserQuery().userId(account.id()).count() > 0) {
                continue;
            }
            User user = identityService.newUser(account.id());
            user.setFirstName(account.firstName());
            user.setLastName(account.lastName());
            user.setEmail(account.id() + DEMO_ADDRESS_DOMAIN);
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(account.id(), account.group());
            log.info("Demo account {} created in group {}", account.id(), account.group());
        }
    }

    static boolean isDemoAddress(String email) {
        return email != null && email.endsWith(DEMO_ADDRESS_DOMAIN);
    }

    public static boolean isDemoAccount(String userId) {
        return ACCOUNTS.stream().anyMatch(a -> a.id().equals(userId));
    }
}
