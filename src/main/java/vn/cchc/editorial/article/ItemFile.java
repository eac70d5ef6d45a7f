package vn.cchc.editorial.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * A picture or document uploaded with an item (table item_file, db/changelog/cchc/013-item-files.yaml): its bytes
 * as checked and, for a picture, re-encoded ({@link UploadCheck}), who uploaded it, and the item it belongs to
 * once that item is sent (null before: an upload of the start form, whose item does not exist yet). Addressed
 * by a random token, never by its id, so an address cannot be guessed from another.
 */
@Entity
@Table(name = "item_file")
public class ItemFile {

    /** A picture shown in the content, or a document the content links to. */
    public enum Kind { PICTURE, DOCUMENT }

    /** The longest file name kept, in characters (the column's size). */
    public static final int FILE_NAME_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(length = 36)
    private String token;
    @Column(length = Article.USER_ID_MAX)
    private String owner;
    private Long articleId;
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Kind kind;
    @Column(length = 100)
    private String contentType;
    @Column(length = FILE_NAME_MAX)
    private String fileName;
    private long sizeBytes;
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    private byte[] data;
    private Instant createdAt;

    protected ItemFile() {
    }

    ItemFile(UploadCheck.Checked checked, String owner, Instant now) {
        this.token = UUID.randomUUID().toString();
        this.owner = owner;
        this.kind = checked.kind();
        this.contentType = checked.contentType();
        this.fileName = checked.fileName();
        this.data = checked.bytes();
        this.sizeBytes = checked.bytes().length;
        this.createdAt = now;
    }

    void attachTo(Article article) {
        this.articleId = article.getId();
    }

    /** Whether it still waits for its item: uploaded from a form not yet sent. */
    public boolean isUnattached() {
        return articleId == null;
    }

    /** {@code /api/uploads/<token>}: where the content points to it (relative to the application's root). */
    public String address() {
        return ContentRules.FILES_PATH + "/" + token;
    }

    public Long getId() { return id; }
    public String getToken() { return token; }
    public String getOwner() { return owner; }
    public Long getArticleId() { return articleId; }
    public Kind getKind() { return kind; }
    public String getContentType() { return contentType; }
    public String getFileName() { return fileName; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getData() { return data; }
    public Instant getCreatedAt() { return createdAt; }
}
