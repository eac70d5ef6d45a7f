package vn.cchc.editorial.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.Unit;
import vn.cchc.editorial.plan.UnitRole;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Camunda groups: one per unit the plan files name (its code is the group id, its name the group's
 * name), and the administrators. The plans are the one source: a unit or role a plan adds is a group
 * after the next start, with no code change (docs/plan-file.md).
 */
@Component
public class UnitGroups {

    static final String ADMINISTRATORS_NAME = "Quản trị hệ thống";

    private final IdentityService identityService;
    private final PlanCatalog plans;

    public UnitGroups(IdentityService identityService, PlanCatalog plans) {
        this.identityService = identityService;
        this.plans = plans;
    }

    /** The Vietnamese name of a unit, as the newest plan naming it gives it, or the code when no plan does. */
    public String nameOf(String code) {
        return units().getOrDefault(code, code);
    }

    /**
     * The codes of the units that have this role in any plan read, oldest plan first; one code per
     * plan for the board, the directors and the Office.
     */
    public Set<String> withRole(UnitRole role) {
        Set<String> codes = new LinkedHashSet<>();
        for (Plan plan : plans.all()) {
            plan.units().stream().filter(unit -> unit.role() == role).map(Unit::code).forEach(codes::add);
        }
        return codes;
    }

    /** Every unit of every plan read, code to name; a later plan's name wins. */
    Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        for (Plan plan : plans.all()) {
            plan.units().forEach(unit -> units.put(unit.code(), unit.name()));
        }
        return units;
    }

    /** The administrators' group and a group per unit of every plan, each created when missing. */
    public void ensureGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(Groups.CAMUNDA_ADMIN, ADMINISTRATORS_NAME);
        groups.putAll(units());
        groups.forEach((id, name) -> {
            if (identityService.createGroupQuery().groupId(id).count() == 0) {
                Group group = identityService.newGroup(id);
                group.setName(name);
                group.setType(Groups.CAMUNDA_ADMIN.equals(id) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
                identityService.saveGroup(group);
            }
        });
    }

    /** The plan files' units as groups, for tests and the demo accounts. */
    List<String> unitCodes() {
        return List.copyOf(units().keySet());
    }
}
