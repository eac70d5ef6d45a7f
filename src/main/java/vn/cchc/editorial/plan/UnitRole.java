package vn.cchc.editorial.plan;

/** What a unit does in the editorial process. */
public enum UnitRole {
    /** writes items and leads quota periods when the rotation names it */
    AUTHORING,
    /** approves every item (Ban Biên tập) */
    EDITORIAL_BOARD,
    /** leads the plan and approves the periodic reports (Ban Giám đốc) */
    DIRECTORS,
    /**
     * the Office's monitors (plan V.6): start the year's plan, handle escalations and missed quotas, see
     * every instance; a group of its own, apart from the Office's authoring unit
     */
    OFFICE
}
