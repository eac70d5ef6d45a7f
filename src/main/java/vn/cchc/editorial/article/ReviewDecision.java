package vn.cchc.editorial.article;

/** The Editorial Board's decision on Task_ReviewArticle (process variable reviewDecision). */
public enum ReviewDecision {
    APPROVE("Duyệt đăng"),
    REVISE("Trả lại để tác giả sửa"),
    REJECT("Từ chối");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    /** The decision in the words of the review form (processes/article-review.form), for the history of an item. */
    public String label() {
        return label;
    }
}
