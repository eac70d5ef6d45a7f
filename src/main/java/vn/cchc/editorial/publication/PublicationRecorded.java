package vn.cchc.editorial.publication;

import java.time.LocalDate;

/**
 * An item now counts as published on a channel: posted by us, or approved and posted by a provincial channel.
 *
 * @param channel the plan's channel code
 */
public record PublicationRecorded(long articleId, String channel, String unitCode, LocalDate publishedOn) {
}
