package vn.cchc.editorial.publication;

import vn.cchc.editorial.article.Channel;

import java.time.LocalDate;

/** An item now counts as published on a channel: posted by us, or approved and posted by a provincial channel. */
public record PublicationRecorded(long articleId, Channel channel, String unitCode, LocalDate publishedOn) {
}
