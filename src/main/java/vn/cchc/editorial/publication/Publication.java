package vn.cchc.editorial.publication;

import jakarta.persistence.*;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.plan.Channel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An item on one channel. The idempotency key (item and channel) is unique in the database, so a
 * retried job can never leave two publications of the same item on the same channel.
 */
@Entity
@Table(name = "publication")
public class Publication {

    /** Column sizes of the table publication, in characters. */
    public static final int URL_MAX = Article.ADDRESS_MAX;
    public static final int REFUSAL_REASON_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Article article;
    /** The plan's channel code ({@link Channel#code}). */
    @Column(length = Channel.CODE_MAX)
    private String channel;
    @Column(length = 100)
    private String idempotencyKey;
    @Enumerated(EnumType.STRING)
    private PublicationStatus status;
    @Column(length = URL_MAX)
    private String url;
    private LocalDate publishedOn;
    private Instant publishedAt;
    private Instant handedOffAt;
    @Column(length = REFUSAL_REASON_MAX)
    private String refusalReason;
    @Column(length = Article.USER_ID_MAX)
    private String decidedBy;
    @Version
    private int version;

    protected Publication() {
    }

    private Publication(Article article, String channel) {
        this.article = article;
        this.channel = channel;
        this.idempotencyKey = keyOf(article.getId(), channel);
    }

    public static String keyOf(long articleId, String channel) {
        return articleId + ":" + channel;
    }

    static Publication published(Article article, String channel, String url, LocalDate on, Instant at) {
        Publication p = new Publication(article, channel);
        p.markPublished(url, on, at, null);
        return p;
    }

    static Publication handedOff(Article article, String channel, Instant at) {
        Publication p = new Publication(article, channel);
        p.status = PublicationStatus.HANDED_OFF;
        p.handedOffAt = at;
        return p;
    }

    void markPublished(String url, LocalDate on, Instant at, String decidedBy) {
        this.status = PublicationStatus.PUBLISHED;
        this.url = url;
        this.publishedOn = on;
        this.publishedAt = at;
        this.decidedBy = decidedBy;
    }

    /** The item's process instance ended while the province's decision was awaited: nobody will record it. */
    void withdrawIfHandedOff() {
        if (status == PublicationStatus.HANDED_OFF) {
            status = PublicationStatus.WITHDRAWN;
        }
    }

    void markRefused(String reason, String decidedBy) {
        this.status = PublicationStatus.REFUSED;
        this.refusalReason = reason;
        this.decidedBy = decidedBy;
    }

    public Long getId() { return id; }
    public Article getArticle() { return article; }
    public String getChannel() { return channel; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public PublicationStatus getStatus() { return status; }
    public String getUrl() { return url; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getHandedOffAt() { return handedOffAt; }
    public String getRefusalReason() { return refusalReason; }
    public String getDecidedBy() { return decidedBy; }
}
