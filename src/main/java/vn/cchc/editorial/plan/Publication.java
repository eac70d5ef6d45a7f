package vn.cchc.editorial.plan;

/** How an approved item reaches a channel. */
public enum Publication {
    /** the department posts it itself as soon as the Editorial Board approves it */
    DIRECT,
    /** it is handed to the channel's managing unit, which approves and posts it, or not */
    HAND_OFF
}
