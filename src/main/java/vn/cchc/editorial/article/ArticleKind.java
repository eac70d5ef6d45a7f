package vn.cchc.editorial.article;

/** What an item is: tin, bài viết, phóng sự or video. */
public enum ArticleKind {
    NEWS("Tin"),
    ARTICLE("Bài viết"),
    FEATURE("Phóng sự"),
    VIDEO("Video");

    private final String label;

    ArticleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
