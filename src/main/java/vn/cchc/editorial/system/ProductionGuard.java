package vn.cchc.editorial.system;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The production profile checks its configuration before any bean is made, so nothing touches the
 * database of a misconfigured node: no demo profile, no moved clock, authorization on, and an initial
 * administrator password from the environment that is not a default. The database itself is checked for
 * demo accounts once the engine is up (identity/NoDemoAccountsInProduction).
 */
@Component
@Profile("prod")
public class ProductionGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    /** The policy that application-prod.yaml switches on (enablePasswordPolicy) for every password set in Admin. */
    static final PasswordPolicy POLICY = new DefaultPasswordPolicyImpl();
    /** Passwords that ship with this project, Camunda or its examples. */
    static final Set<String> DEFAULT_PASSWORDS = Set.of("demo", "admin", "camunda", "password", "changeit", "123456");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> reasons = problems(environment);
        if (!reasons.isEmpty()) {
            throw new ProductionRefusal(reasons);
        }
    }

    static List<String> problems(Environment environment) {
        List<String> reasons = new ArrayList<>();
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            reasons.add("The demo profile is active beside prod: it creates the demo accounts, whose password "
                    + "is public. Start with the profiles prod,postgres only.");
        }
        if (!environment.getProperty("cchc.clock.start", "").isBlank()) {
            reasons.add("cchc.clock.start is set: production runs on the real clock. Remove the property "
                    + "(or the CCHC_CLOCK_START variable).");
        }
        if (!environment.getProperty("camunda.bpm.authorization.enabled", Boolean.class, false)) {
            reasons.add("camunda.bpm.authorization.enabled is not true: every user could do everything.");
        }
        String adminId = environment.getProperty("camunda.bpm.admin-user.id", "");
        String password = environment.getProperty("camunda.bpm.admin-user.password", "");
        if (password.isBlank()) {
            reasons.add("No initial administrator password: set the environment variable CCHC_ADMIN_PASSWORD.");
        } else if (DEFAULT_PASSWORDS.contains(password.toLowerCase(Locale.ROOT)) || password.equalsIgnoreCase(adminId)) {
            reasons.add("CCHC_ADMIN_PASSWORD is a default password (" + (password.equalsIgnoreCase(adminId)
                    ? "the user name" : "a well-known one") + "): choose another.");
        } else if (!POLICY.getRules().stream().allMatch(rule -> rule.execute(password, admin(environment, adminId)))) {
            reasons.add("CCHC_ADMIN_PASSWORD does not meet Camunda's password policy, which production enables: "
                    + "at least 10 characters, with a lower-case and an upper-case letter, a digit and a special character, "
                    + "and not containing the administrator's name or e-mail address.");
        }
        return reasons;
    }

    /** The account the policy judges the password for: Camunda refuses a password that contains its name. */
    private static User admin(Environment environment, String adminId) {
        UserEntity admin = new UserEntity(adminId);
        admin.setFirstName(environment.getProperty("camunda.bpm.admin-user.first-name"));
        admin.setLastName(environment.getProperty("camunda.bpm.admin-user.last-name"));
        admin.setEmail(environment.getProperty("camunda.bpm.admin-user.email"));
        return admin;
    }
}
