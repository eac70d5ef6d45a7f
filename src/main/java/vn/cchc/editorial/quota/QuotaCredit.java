package vn.cchc.editorial.quota;

import jakarta.persistence.*;

import java.time.Instant;

/** The Office's decision to count an item towards a period it would not count for by itself. */
@Entity
@Table(name = "quota_credit")
public class QuotaCredit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long articleId;
    private String channel;
    private String periodId;
    private String reason;
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
