package vn.cchc.editorial.publication;

import java.time.LocalDate;

/**
 * One publication as the periodic reports list it ({@link PublicationRepository#findPublishedBetween}).
 *
 * @param articleId   the item's id
 * @param title       the item's title
 * @param unitCode    the item's authoring unit, as in the plan file
 * @param channel     the channel's code, as in the plan file
 * @param publishedOn the day of publication, in the plan's time zone
 * @param url         where it was published; null when the channel gave none
 */
public record PublishedItem(long articleId, String title, String unitCode, String channel, LocalDate publishedOn, String url) {
}
