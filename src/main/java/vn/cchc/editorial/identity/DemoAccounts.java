package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.system.StartupLock;

import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.PlanDates;
import vn.cchc.editorial.plan.Unit;
import vn.cchc.editorial.plan.UnitRole;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

    /**
     * A demo person: an author of a named unit, or a member of the unit that has a role in the plan in force
     * (the board, the Office's monitors, the directors), or an administrator. Camunda's {@code firstName}
     * holds the họ and tên đệm, {@code lastName} the tên, so the webapps' "firstName lastName" reads in
     * Vietnamese order ({@link PersonNames}).
     */
    record Account(String id, String firstName, String lastName, String unit, UnitRole role) {
        static Account author(String id, String firstName, String lastName, String unit) {
            return new Account(id, firstName, lastName, unit, UnitRole.AUTHORING);
        }

        static Account of(UnitRole role, String id, String firstName, String lastName) {
            return new Account(id, firstName, lastName, null, role);
        }
    }

    static final Account ADMINISTRATOR = new Account("admin", "Quản trị", "hệ thống", Roles.ADMINISTRATORS, null);

    /**
     * The shipped plan's people, by unit code. A listed author whose unit the plan in force does not have is
     * left out; an authoring unit nobody is listed for gets "&lt;code&gt;.tacgia", so any plan has an author
     * per unit.
     */
    static final List<Account> AUTHORS = List.of(
            Account.author("vp.tacgia", "Nguyễn Thị", "Lan", "van-phong"),
            Account.author("ttbcxb.tacgia", "Trần Văn", "Minh", "phong-ttbcxb"),
            Account.author("cds.tacgia", "Lê Quốc", "Hùng", "phong-cds"),
            Account.author("tt.tacgia", "Phạm Thị", "Hoa", "thanh-tra"),
            Account.author("cns.tacgia", "Võ Anh", "Tuấn", "trung-tam-cns"));

    static final List<Account> ROLES = List.of(
            Account.of(UnitRole.EDITORIAL_BOARD, "bbt.bientap", "Huỳnh Thanh", "Mai"),
            Account.of(UnitRole.OFFICE, "vp.theodoi", "Đặng Thanh", "Bình"),
            Account.of(UnitRole.DIRECTORS, "bgd.giamdoc", "Nguyễn Minh", "Chiến"));

    /** The listed accounts in the order above, then any other (an author made for an unlisted unit) by id. */
    private static final List<String> LISTED = Stream.concat(Stream.of(ADMINISTRATOR),
            Stream.concat(AUTHORS.stream(), ROLES.stream())).map(Account::id).toList();
    static final Comparator<String> LISTED_FIRST = Comparator.comparingInt((String id) -> {
        int index = LISTED.indexOf(id);
        return index < 0 ? Integer.MAX_VALUE : index;
    }).thenComparing(Comparator.naturalOrder());

    private final IdentityService identityService;
    private final StartupLock startupLock;
    private final PlanCatalog plans;
    private final Clock clock;

    /** Runs after {@link AccessSetup} (its order is lower), which has created the groups these accounts join. */
    public DemoAccounts(IdentityService identityService, StartupLock startupLock, PlanCatalog plans, Clock clock) {
        this.identityService = identityService;
        this.startupLock = startupLock;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        startupLock.run(this::ensureAccounts);
    }

    /** Each account with the group it joins, for the plan in force today. */
    Map<Account, String> accounts() {
        Plan plan = plans.inForce(PlanDates.dayOf(clock.instant(), clock).getYear());
        Map<Account, String> accounts = new LinkedHashMap<>();
        accounts.put(ADMINISTRATOR, Roles.ADMINISTRATORS);
        for (Unit unit : plan.authoringUnits()) {
            Account author = AUTHORS.stream().filter(a -> a.unit().equals(unit.code())).findFirst()
                    .orElse(Account.author(unit.code() + ".tacgia", "Tác giả", unit.name(), unit.code()));
            accounts.put(author, unit.code());
        }
        for (Account account : ROLES) {
            plan.units().stream().filter(unit -> unit.role() == account.role()).findFirst()
                    .ifPresent(unit -> accounts.put(account, unit.code()));
        }
        return accounts;
    }

    private void ensureAccounts() {
        accounts().forEach((account, group) -> {
            if (identityService.createUserQuery().userId(account.id()).count() == 0) {
                User user = identityService.newUser(account.id());
                user.setFirstName(account.firstName());
                user.setLastName(account.lastName());
                user.setEmail(account.id() + DEMO_ADDRESS_DOMAIN);
                user.setPassword(PASSWORD);
                identityService.saveUser(user);
                log.info("Demo account {} created", account.id());
            } else {
                renameIfSwapped(account);
            }
            // a demo database from before a plan change gets the account's group of today's plan
            if (identityService.createGroupQuery().groupMember(account.id()).groupId(group).count() == 0) {
                identityService.createMembership(account.id(), group);
                log.info("Demo account {} joins group {}", account.id(), group);
            }
        });
    }

    /**
     * A demo database made before names were stored in Vietnamese order has the tên in firstName ("Lan",
     * "Nguyễn Thị"): the account gets its names the other way round. Any other name is left as it is.
     */
    private void renameIfSwapped(Account account) {
        User user = identityService.createUserQuery().userId(account.id()).singleResult();
        if (account.lastName().equals(user.getFirstName()) && account.firstName().equals(user.getLastName())) {
            user.setFirstName(account.firstName());
            user.setLastName(account.lastName());
            identityService.saveUser(user);
            log.info("Demo account {} renamed to Vietnamese order", account.id());
        }
    }

    /** The demo profile's accounts are the ones with its address domain, whatever plan made them. */
    static String demoAddressPattern() {
        return "%" + DEMO_ADDRESS_DOMAIN;
    }
}
