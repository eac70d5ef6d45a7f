package vn.cchc.editorial.publication;

/** Where an item stands on one channel. */
public enum PublicationStatus {
    /** Sent to a provincial channel's managing unit; its decision is awaited. */
    HANDED_OFF,
    /** Posted: on the department portal by us, or on a provincial channel by its managing unit. */
    PUBLISHED,
    /** The provincial channel's managing unit declined to post it. */
    REFUSED,
    /**
     * Handed off, but the item's process instance ended before the province's decision was recorded
     * ("đã hủy"): nobody will record it any more (see {@link HandOffWithdrawnWithItsProcess}).
     */
    WITHDRAWN
}
