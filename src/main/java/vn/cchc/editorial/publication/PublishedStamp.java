package vn.cchc.editorial.publication;

/**
 * A cheap fingerprint of the publications that are published between two days
 * ({@link PublicationRepository#publishedStamp}): how many there are and the sum of their items' ids. A
 * publication becomes {@link PublicationStatus#PUBLISHED} once, keeps its day from then on and is never
 * deleted, and an item's unit and topic are fixed when it is drafted; so as long as the stamp of some days
 * is the same, so is everything counted from those days' publications and their items (the quota periods'
 * items, the dashboard's charts). The sum also notices a row changed by hand in the database that the count
 * alone would not.
 *
 * @param publications how many publications are published on those days
 * @param itemIdSum    the sum of their items' ids
 */
public record PublishedStamp(Long publications, Long itemIdSum) {
}
