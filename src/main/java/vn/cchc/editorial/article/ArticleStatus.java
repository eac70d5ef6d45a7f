package vn.cchc.editorial.article;

/** Where an item stands in the editorial review. What happens per channel afterwards is a publication's status. */
public enum ArticleStatus {
    /** With the Editorial Board ("chờ Ban Biên tập duyệt"). */
    IN_REVIEW,
    /** Sent back to its author ("tác giả đang sửa"). */
    IN_REVISION,
    /** Approved for publication ("đã duyệt đăng"). */
    APPROVED,
    /** Rejected by the Editorial Board ("bị từ chối"). */
    REJECTED,
    /**
     * Its process instance ended before the Board decided ("đã hủy"): deleted in Cockpit or through the
     * REST API, cancelled by a modification, removed by a batch. Nothing can move it any more, so it is
     * no longer in progress and never counts (see {@link WithdrawnWithItsProcess}).
     */
    WITHDRAWN
}
