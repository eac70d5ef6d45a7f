package vn.cchc.editorial.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Who acts in the engine, for the modules that must know it: the engine's own types for this live in
 * its internal packages, which only {@code system} touches (ModuleBoundariesTest).
 */
public final class EngineUsers {

    private EngineUsers() {
    }

    /** The user the engine's current authentication names, or null (the job executor, an unauthenticated call). */
    public static String currentUser(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /** The groups the engine's current authentication carries (the REST API and the webapps fill them in); empty if none. */
    public static List<String> currentGroups(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    }

    /**
     * A user's groups, read without the current person's permissions (with authorization on, a person may
     * not list groups). Inside a command of the engine, as in a listener or a delegate.
     */
    public static Set<String> groupsOf(IdentityService identity, String user) {
        return Context.getCommandContext().runWithoutAuthorization(() -> identity.createGroupQuery().groupMember(user).list())
                .stream().map(Group::getId).collect(Collectors.toSet());
    }

    /**
     * The candidate groups of a task: from its identity links, and as the BPMN writes them (a concurrent
     * completion may already have deleted the links).
     */
    public static Set<String> candidateGroupsOf(DelegateTask task) {
        Set<String> candidates = new LinkedHashSet<>();
        if (task instanceof TaskEntity entity && entity.getTaskDefinition() != null) {
            entity.getTaskDefinition().getCandidateGroupIdExpressions().forEach(e -> candidates.add(e.getExpressionText()));
        }
        task.getCandidates().stream().map(link -> link.getGroupId()).filter(g -> g != null).forEach(candidates::add);
        return candidates;
    }

    /**
     * Runs as the system, not as the current person (who may not touch, say, the Office's plan instance),
     * then gives the person's authentication back.
     */
    public static <T> T asTheSystem(IdentityService identity, Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    /**
     * Reads users or groups without the current person's permissions (a person may not list the Board's
     * members): inside a command of the engine, as in a listener, without authorization checks; outside
     * one, as the system.
     */
    public static <T> T readWithoutAuthorization(IdentityService identity, Supplier<T> read) {
        return Context.getCommandContext() != null
                ? Context.getCommandContext().runWithoutAuthorization(read::get)
                : asTheSystem(identity, read);
    }
}
