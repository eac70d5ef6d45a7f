package vn.cchc.editorial.system;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Camunda's {@link AuthorizationManager} without its read of every group that holds a grant.
 * <p>
 * Before the first permission check or authorized query of a command for a person, Camunda reads
 * {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} and leaves out of the check the person's groups that
 * hold no grant. That read goes through the whole table, and here the table grows with the years: each item grants
 * its unit and each historic task its group (146,724 rows at 100,000 items; the read took 50–140 ms on PostgreSQL,
 * twice for every dashboard request, docs/performance.md), while a person belongs to one to three groups. The
 * check is given the person's groups as they are (without repeats or nulls): a group that holds no grant matches no
 * row of the check, so every answer, GRANT and REVOKE alike, is the one Camunda gives.
 * <p>
 * It also saves no DENY (REVOKE) authorization, on any route ({@link GrantsOnly}).
 * <p>
 * Registered by {@link EditorialEnginePlugin} as the session factory of {@code AuthorizationManager}, on the Spring
 * Boot engine and on the plain test engine.
 */
final class AuthorizationsOfTheLoginGroups implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
        return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
        return new Manager();
    }

    static final class Manager extends AuthorizationManager {
        @Override
        public void insert(DbEntity authorization) {
            if (authorization instanceof AuthorizationEntity entity) {
                GrantsOnly.refuseDeny(entity);
            }
            super.insert(authorization);
        }

        @Override
        public void update(AuthorizationEntity authorization) {
            GrantsOnly.refuseDeny(authorization);
            super.update(authorization);
        }

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
                return EMPTY_LIST;
            }
            // a new, mutable list: MyBatis reads it by reflection (as Camunda's own answer)
            return new ArrayList<>(authenticatedGroupIds.stream().filter(Objects::nonNull)
                    .collect(LinkedHashSet::new, LinkedHashSet::add, LinkedHashSet::addAll));
        }
    }
}
