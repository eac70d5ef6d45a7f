package vn.cchc.editorial.article;

/** Where an item stands in the editorial review. What happens per channel afterwards is a publication's status. */
public enum ArticleStatus {
    IN_REVIEW,
    IN_REVISION,
    APPROVED,
    REJECTED
}
