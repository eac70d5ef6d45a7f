package vn.cchc.editorial.plan;

import java.util.Objects;

/**
 * A unit of the agency named by the plan.
 *
 * @param code the unit's Camunda group id, for example {@code van-phong}
 * @param name its Vietnamese name as people read it, for example "Văn phòng Sở"
 * @param role what the unit does in the editorial process
 */
public record Unit(String code, String name, UnitRole role) {

    /** The longest unit code, in characters: a Camunda group id (ACT_ID_GROUP.ID_) and the item's unit column. */
    public static final int CODE_MAX = 64;

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public boolean isAuthoring() {
        return role == UnitRole.AUTHORING;
    }
}
