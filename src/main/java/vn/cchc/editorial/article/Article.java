package vn.cchc.editorial.article;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.cchc.editorial.plan.Channel;
import vn.cchc.editorial.plan.Unit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The record of a news item: what it says, who wrote it, and every revision and review it went through. */
@Entity
@Table(name = "article")
public class Article {

    /** Column sizes of the table article (db/changelog/cchc/001-articles.yaml), in characters. */
    public static final int TITLE_MAX = 250;
    public static final int SUMMARY_MAX = 1000;
    public static final int LINKS_MAX = 4000;
    public static final int USER_ID_MAX = 64;
    /** The largest content accepted, in bytes of UTF-8 (the column itself is unbounded text). */
    public static final int CONTENT_MAX_BYTES = 200 * 1024;
    /** How many links an item may carry; one per line, together they fit {@link #LINKS_MAX} characters. */
    public static final int LINK_COUNT_MAX = 10;
    /** The longest web address accepted, in characters: one link, or publication.url (which is this size). */
    public static final int ADDRESS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 32)
    private String code;
    @Column(length = Unit.CODE_MAX)
    private String unitCode;
    @Column(length = USER_ID_MAX)
    private String author;
    @Column(length = TITLE_MAX)
    private String title;
    @Column(length = SUMMARY_MAX)
    private String summary;
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String content;
    @Column(length = LINKS_MAX)
    private String links;
    @Enumerated(EnumType.STRING)
    private Topic topic;
    @Enumerated(EnumType.STRING)
    private ArticleKind kind;
    /** Channel codes separated by commas, in the order the author chose them. */
    @Column(length = Channel.CODES_MAX)
    private String channels;
    @Enumerated(EnumType.STRING)
    private ArticleStatus status;
    @Column(length = 64)
    private String processInstanceId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("revisionNo")
    private List<ArticleRevision> revisions = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("decidedAt")
    private List<ArticleReview> reviews = new ArrayList<>();

    protected Article() {
    }

    static Article draft(ArticleInput input, String author, String unitCode, String processInstanceId, Instant now) {
        Article article = new Article();
        article.author = author;
        article.unitCode = unitCode;
        article.processInstanceId = processInstanceId;
        article.topic = input.topic();
        article.kind = input.kind();
        article.channels = String.join(",", input.channels());
        article.createdAt = now;
        article.apply(input, author, now, List.of("title", "summary", "content", "links"));
        article.status = ArticleStatus.IN_REVIEW;
        return article;
    }

    /** The author's revision after the board sent the item back. Returns the names of the fields that changed. */
    List<String> revise(ArticleInput input, String user, Instant now) {
        List<String> changed = new ArrayList<>();
        if (!input.title().equals(title)) changed.add("title");
        if (!input.summary().equals(summary == null ? "" : summary)) changed.add("summary");
        if (!input.content().equals(content)) changed.add("content");
        if (!input.links().equals(links == null ? "" : links)) changed.add("links");
        apply(input, user, now, changed);
        status = ArticleStatus.IN_REVIEW;
        return changed;
    }

    private void apply(ArticleInput input, String user, Instant now, List<String> changed) {
        title = input.title();
        summary = input.summary();
        content = input.content();
        links = input.links();
        updatedAt = now;
        revisions.add(new ArticleRevision(this, revisions.size() + 1, changed, user, now));
    }

    void review(ReviewDecision decision, String comment, String reviewer, Instant now) {
        reviews.add(new ArticleReview(this, currentRevisionNo(), decision, comment, reviewer, now));
        status = switch (decision) {
            case APPROVE -> ArticleStatus.APPROVED;
            case REVISE -> ArticleStatus.IN_REVISION;
            case REJECT -> ArticleStatus.REJECTED;
        };
        updatedAt = now;
    }

    /** Its process instance ended before the Board decided: nothing can move it any more. */
    void withdrawIfUndecided(Instant now) {
        if (status == ArticleStatus.IN_REVIEW || status == ArticleStatus.IN_REVISION) {
            status = ArticleStatus.WITHDRAWN;
            updatedAt = now;
        }
    }

    void assignCode(int year) {
        this.code = "CCHC-%d-%05d".formatted(year, id);
    }

    public int currentRevisionNo() {
        return revisions.size();
    }

    /** Who wrote or revised any version of this item: they may not review it. */
    public boolean isAuthoredBy(String userId) {
        return author.equals(userId) || revisions.stream().anyMatch(r -> r.getChangedBy().equals(userId));
    }

    /**
     * Whether this record says the Editorial Board approved the item for the channel in the given process
     * instance: the item belongs to that instance, is approved, names the channel, and the Board's last
     * decision is an approval of the current revision. Publishers and hand-offs ask this before anything
     * leaves (docs/security.md, "the second line"), whatever the process variables say.
     */
    public boolean approvedByBoardFor(String channel, String processInstanceId) {
        if (!Objects.equals(this.processInstanceId, processInstanceId) || status != ArticleStatus.APPROVED
                || !getChannels().contains(channel) || reviews.isEmpty()) {
            return false;
        }
        ArticleReview last = reviews.get(reviews.size() - 1);
        return last.getDecision() == ReviewDecision.APPROVE && last.getRevisionNo() == currentRevisionNo();
    }

    /** The codes of the plan's channels the author chose, in their order. */
    public List<String> getChannels() {
        return Arrays.asList(channels.split(","));
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getUnitCode() { return unitCode; }
    public String getAuthor() { return author; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getContent() { return content; }
    public String getLinks() { return links; }
    public Topic getTopic() { return topic; }
    public ArticleKind getKind() { return kind; }
    public ArticleStatus getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<ArticleRevision> getRevisions() { return List.copyOf(revisions); }
    public List<ArticleReview> getReviews() { return List.copyOf(reviews); }

    public List<String> getLinkList() {
        return links == null || links.isBlank() ? List.of() : List.of(links.split("\n"));
    }
}
