package vn.cchc.editorial.system;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own user store (Camunda's database identity provider), which also tells {@link VerifiedPasswords}
 * of every change that must end a kept password: a user saved (a new password among others), locked after
 * too many wrong passwords, unlocked or deleted; and of every change of the kept memberships: a user joining or
 * leaving a group or tenant, a group or tenant deleted, a tenant's groups changed. Whoever makes the change (the
 * Admin webapp, the REST API, the plan's groups and demo accounts at start-up), it goes through here.
 */
class PasswordChangesForget extends AbstractProcessEnginePlugin {

    private final VerifiedPasswords passwords;

    PasswordChangesForget(VerifiedPasswords passwords) {
        this.passwords = passwords;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return DbIdentityServiceProvider.class;
            }

            @Override
            public Session openSession() {
                return new Provider(passwords);
            }
        });
    }

    static final class Provider extends DbIdentityServiceProvider {
        private final VerifiedPasswords passwords;

        Provider(VerifiedPasswords passwords) {
            this.passwords = passwords;
        }

        @Override
        public IdentityOperationResult saveUser(User user) {
            passwords.forget(user.getId());
            return super.saveUser(user);
        }

        @Override
        public IdentityOperationResult deleteUser(String userId) {
            passwords.forget(userId);
            return super.deleteUser(userId);
        }

        @Override
        public IdentityOperationResult unlockUser(String userId) {
            passwords.forget(userId);
            return super.unlockUser(userId);
        }

        @Override
        protected void lockUser(UserEntity user) {
            passwords.forget(user.getId());
            super.lockUser(user);
        }

        @Override
        public IdentityOperationResult createMembership(String userId, String groupId) {
            passwords.forget(userId);
            return super.createMembership(userId, groupId);
        }

        @Override
        public IdentityOperationResult deleteMembership(String userId, String groupId) {
            passwords.forget(userId);
            return super.deleteMembership(userId, groupId);
        }

        @Override
        public IdentityOperationResult deleteGroup(String groupId) {
            passwords.forgetMemberships();
            return super.deleteGroup(groupId);
        }

        @Override
        public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
            passwords.forget(userId);
            return super.createTenantUserMembership(tenantId, userId);
        }

        @Override
        public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
            passwords.forget(userId);
            return super.deleteTenantUserMembership(tenantId, userId);
        }

        @Override
        public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
            passwords.forgetMemberships();
            return super.createTenantGroupMembership(tenantId, groupId);
        }

        @Override
        public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
            passwords.forgetMemberships();
            return super.deleteTenantGroupMembership(tenantId, groupId);
        }

        @Override
        public IdentityOperationResult deleteTenant(String tenantId) {
            passwords.forgetMemberships();
            return super.deleteTenant(tenantId);
        }
    }
}
