package vn.cchc.editorial.article;

import jakarta.persistence.*;

import java.time.Instant;

/** One decision of the Editorial Board on one revision of an item. */
@Entity
@Table(name = "article_review")
public class ArticleReview {

    /** Size of the column article_review.comment, in characters. */
    public static final int COMMENT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Article article;
    private int revisionNo;
    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;
    @Column(length = COMMENT_MAX)
    private String comment;
    @Column(length = Article.USER_ID_MAX)
    private String reviewer;
    private Instant decidedAt;

    protected ArticleReview() {
    }

    ArticleReview(Article article, int revisionNo, ReviewDecision decision, String comment, String reviewer, Instant decidedAt) {
        this.article = article;
        this.revisionNo = revisionNo;
        this.decision = decision;
        this.comment = comment;
        this.reviewer = reviewer;
        this.decidedAt = decidedAt;
    }

    public int getRevisionNo() { return revisionNo; }
    public ReviewDecision getDecision() { return decision; }
    public String getComment() { return comment; }
    public String getReviewer() { return reviewer; }
    public Instant getDecidedAt() { return decidedAt; }
}
