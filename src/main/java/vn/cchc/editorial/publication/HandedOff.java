package vn.cchc.editorial.publication;

/**
 * An approved item was handed to a provincial channel's managing unit (Task_HandOffToProvincialChannel), in
 * the hand-off's transaction; the author is told (notification).
 *
 * @param channel the plan's channel code
 */
public record HandedOff(long articleId, String channel) {
}
