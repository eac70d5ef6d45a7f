package vn.cchc.editorial.plan;

import java.util.List;
import java.util.Set;

/**
 * What {@link PlanCatalog#reload()} did.
 *
 * @param reloadedYears the years whose file was read again and is now in force
 * @param refused the files refused; the plan in force for their year, if any, stays
 */
public record PlanReload(Set<Integer> reloadedYears, List<PlanFileException> refused) {

    public PlanReload {
        reloadedYears = Set.copyOf(reloadedYears);
        refused = List.copyOf(refused);
    }

    public boolean isClean() {
        return refused.isEmpty();
    }
}
