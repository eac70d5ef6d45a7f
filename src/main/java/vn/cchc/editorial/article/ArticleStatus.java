package vn.cchc.editorial.article;

/** Where an item stands in the editorial review. What happens per channel afterwards is a publication's status. */
public enum ArticleStatus {
    /** With the Editorial Board. */
    IN_REVIEW("Chờ Ban Biên tập duyệt"),
    /** Sent back to its author. */
    IN_REVISION("Tác giả đang sửa"),
    /** Approved for publication. */
    APPROVED("Đã duyệt đăng"),
    /** Rejected by the Editorial Board. */
    REJECTED("Bị từ chối"),
    /**
     * Its process instance ended before the Board decided ("đã hủy"): deleted in Cockpit or through the
     * REST API, cancelled by a modification, removed by a batch. Nothing can move it any more, so it is
     * no longer in progress and never counts (see {@link WithdrawnWithItsProcess}).
     */
    WITHDRAWN("Đã hủy");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    /** Where the item stands, in the words its author reads ("Tin bài của tôi"). */
    public String label() {
        return label;
    }
}
