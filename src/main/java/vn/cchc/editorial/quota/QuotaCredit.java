package vn.cchc.editorial.quota;

import jakarta.persistence.*;
import vn.cchc.editorial.article.Article;

import java.time.Instant;

/** The Office's decision to count an item towards a period it would not count for by itself. */
@Entity
@Table(name = "quota_credit")
public class QuotaCredit {

    /** Column sizes of the table quota_credit, in characters. */
    public static final int PERIOD_ID_MAX = 100;
    public static final int REASON_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long articleId;
    @Column(length = 32)
    private String channel;
    @Column(length = PERIOD_ID_MAX)
    private String periodId;
    @Column(length = REASON_MAX)
    private String reason;
    @Column(length = Article.USER_ID_MAX)
    private String creditedBy;
    private Instant creditedAt;

    protected QuotaCredit() {
    }

    QuotaCredit(long articleId, String channel, String periodId, String reason, String creditedBy, Instant creditedAt) {
        this.articleId = articleId;
        this.channel = channel;
        this.periodId = periodId;
        this.reason = reason;
        this.creditedBy = creditedBy;
        this.creditedAt = creditedAt;
    }

    public Long getId() { return id; }
    public long getArticleId() { return articleId; }
    public String getChannel() { return channel; }
    public String getPeriodId() { return periodId; }
    public String getReason() { return reason; }
    public String getCreditedBy() { return creditedBy; }
    public Instant getCreditedAt() { return creditedAt; }
}
