package vn.cchc.editorial.article;

import org.apache.tika.Tika;
import vn.cchc.editorial.system.InvalidInputException;
import vn.cchc.editorial.system.TooLargeException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A file uploaded with an item, checked by its content before anything is stored (docs/security.md, "Files uploaded
 * with an item"): its name must say one of the {@link Type}s, its content (told by Apache Tika from its bytes, and for
 * DOCX and XLSX by the package's own list of parts) must be that type, it must be within its kind's size, and then a
 * picture is decoded and re-encoded ({@link PictureForWeb}) and a document is looked through for active content
 * ({@link DocumentCheck}). Every refusal is an {@link InvalidInputException} (400) or a {@link TooLargeException}
 * (413) with a Vietnamese sentence naming the file.
 */
final class UploadCheck {

    /** What is stored: the kind, the type served, the name shown (a re-encoded picture's extension may change), the bytes. */
    record Checked(ItemFile.Kind kind, String contentType, String fileName, byte[] bytes) {
    }

    /** The types accepted, each with the extensions its name may end with and its words for the author. */
    enum Type {
        JPEG(ItemFile.Kind.PICTURE, "image/jpeg", "ảnh JPEG", "jpg", "jpeg"),
        PNG(ItemFile.Kind.PICTURE, "image/png", "ảnh PNG", "png"),
        WEBP(ItemFile.Kind.PICTURE, "image/webp", "ảnh WebP", "webp"),
        PDF(ItemFile.Kind.DOCUMENT, "application/pdf", "tệp PDF", "pdf"),
        DOCX(ItemFile.Kind.DOCUMENT, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "văn bản Word (.docx)", "docx"),
        XLSX(ItemFile.Kind.DOCUMENT, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "bảng tính Excel (.xlsx)", "xlsx");

        final ItemFile.Kind kind;
        final String mediaType;
        final String words;
        final Set<String> extensions;

        Type(ItemFile.Kind kind, String mediaType, String words, String... extensions) {
            this.kind = kind;
            this.mediaType = mediaType;
            this.words = words;
            this.extensions = Set.of(extensions);
        }

        static Optional<Type> ofName(String name) {
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return name.contains(".") ? Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst()
                    : Optional.empty();
        }
    }

    /** What Tika says of a ZIP container: an OOXML package is told apart by its list of parts. */
    private static final Set<String> ZIP = Set.of("application/zip", "application/x-tika-ooxml",
            Type.DOCX.mediaType, Type.XLSX.mediaType);
    private static final Tika TIKA = new Tika();

    private UploadCheck() {
    }

    /**
     * The file's name as shown and stored: the last part of a path a browser may send, without control characters,
     * at most {@link ItemFile#FILE_NAME_MAX} characters.
     */
    static String cleanName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("Tệp gửi lên không có tên: hãy chọn lại tệp trên máy tính.");
        }
        return name.length() > ItemFile.FILE_NAME_MAX ? name.substring(name.length() - ItemFile.FILE_NAME_MAX) : name;
    }

    /**
     * The type the name says, and whether its size fits that kind's limit (checked before the bytes are read).
     *
     * @throws InvalidInputException a name of no accepted type
     * @throws TooLargeException more bytes than the kind's limit
     */
    static Type declared(String name, long size, UploadProperties limits) {
        Type type = Type.ofName(name).orElseThrow(() -> new InvalidInputException(("Tệp “%s” không được nhận: chỉ nhận ảnh"
                + " JPEG, PNG, WebP và tệp PDF, DOCX, XLSX.").formatted(name)));
        long max = type.kind == ItemFile.Kind.PICTURE ? limits.maxPictureSize().toBytes() : limits.maxDocumentSize().toBytes();
        if (size > max) {
            throw new TooLargeException("Tệp “%s” quá lớn (%s): %s tối đa %d MB.".formatted(name, megabytes(size),
                    type.kind == ItemFile.Kind.PICTURE ? "ảnh" : "tệp đính kèm", max / (1024 * 1024)));
        }
        if (size == 0) {
            throw new InvalidInputException("Tệp “%s” rỗng: hãy chọn lại tệp trên máy tính.".formatted(name));
        }
        return type;
    }

    /**
     * The file checked and made ready to store.
     *
     * @param name as {@link #cleanName} made it
     * @param bytes the whole file, already within {@link #declared}'s limit
     */
    static Checked check(String name, Type declared, byte[] bytes, UploadProperties limits) {
        Type actual = actualType(name, bytes);
        if (actual != declared) {
            throw new InvalidInputException(("Tên tệp “%s” cho biết đây là %s nhưng nội dung tệp lại là %s: hãy mở tệp bằng"
                    + " chương trình đã tạo ra nó, lưu đúng loại rồi tải lên lại.").formatted(name, declared.words,
                    actual == null ? "loại không được nhận" : actual.words));
        }
        if (declared.kind == ItemFile.Kind.PICTURE) {
            PictureForWeb.Encoded encoded = PictureForWeb.reencode(name, bytes, limits);
            String base = name.substring(0, name.lastIndexOf('.'));
            return new Checked(ItemFile.Kind.PICTURE, encoded.mediaType(), base + "." + encoded.extension(), encoded.bytes());
        }
        if (declared == Type.PDF) {
            DocumentCheck.pdf(name, bytes);
        }
        return new Checked(ItemFile.Kind.DOCUMENT, declared.mediaType, name, bytes);
    }

    /** The accepted type the bytes are, or null. */
    private static Type actualType(String name, byte[] bytes) {
        String detected = TIKA.detect(bytes);
        if (ZIP.contains(detected)) {
            return DocumentCheck.officeType(name, bytes);
        }
        return Arrays.stream(Type.values()).filter(t -> t.mediaType.equals(detected)).findFirst().orElse(null);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }
}
