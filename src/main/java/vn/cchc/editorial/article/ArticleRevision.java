package vn.cchc.editorial.article;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** One version of an item, as its author or reviser left it. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Article article;
    private int revisionNo;
    @Column(length = Article.TITLE_MAX)
    private String title;
    @Column(length = Article.SUMMARY_MAX)
    private String summary;
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String content;
    @Column(length = Article.LINKS_MAX)
    private String links;
    /** Which fields this revision changed, e.g. "title,content". */
    @Column(length = 200)
    private String changedFields;
    @Column(length = Article.USER_ID_MAX)
    private String changedBy;
    private Instant changedAt;

    protected ArticleRevision() {
    }

    ArticleRevision(Article article, int revisionNo, List<String> changedFields, String changedBy, Instant changedAt) {
        this.article = article;
        this.revisionNo = revisionNo;
        this.title = article.getTitle();
        this.summary = article.getSummary();
        this.content = article.getContent();
        this.links = article.getLinks();
        this.changedFields = String.join(",", changedFields);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public int getRevisionNo() { return revisionNo; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getContent() { return content; }
    public String getLinks() { return links; }
    public List<String> getChangedFields() {
        return changedFields.isEmpty() ? List.of() : List.of(changedFields.split(","));
    }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
