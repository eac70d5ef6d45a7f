package vn.cchc.editorial.dashboard;

import vn.cchc.editorial.quota.NotFollowedPeriods;

import java.util.Set;

/**
 * The periods a plan's start marked as not followed up, given outright: the application's own plan is not
 * started in the shared data set, and the reading from the engine is CommunicationPlanProcessTest's.
 */
final class MarkedNotFollowed extends NotFollowedPeriods {

    private final Set<String> ids;

    MarkedNotFollowed(String... ids) {
        super(null);
        this.ids = Set.of(ids);
    }

    @Override
    public Set<String> of(int year) {
        return year == 2024 ? ids : Set.of();
    }
}
