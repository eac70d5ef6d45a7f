package vn.cchc.editorial.article;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * cchc.uploads.*: the pictures and documents uploaded with an item (application.yaml, docs/security.md).
 *
 * @param maxPictureSize the largest picture accepted as sent (JPEG, PNG, WebP), before it is re-encoded
 * @param maxDocumentSize the largest document accepted (PDF, DOCX, XLSX)
 * @param pictureMaxWidth pixels: a wider picture is scaled down to this width, its proportions kept
 * @param maxPicturePixels width × height a picture may declare; more is refused before any pixel is decoded (an
 *     image bomb: a few KB that would take gigabytes of memory)
 * @param unattachedKept how long an upload of a form never sent is kept
 * @param cleanUpInterval how often each node removes unattached uploads and the files of rejected items past the
 *     plan's retention
 */
@Validated
@ConfigurationProperties("cchc.uploads")
public record UploadProperties(@NotNull DataSize maxPictureSize, @NotNull DataSize maxDocumentSize,
                               @Min(100) int pictureMaxWidth, @Min(1) long maxPicturePixels,
                               @NotNull Duration unattachedKept, @NotNull Duration cleanUpInterval) {

    /** "Ảnh JPEG, PNG, WebP đến 8 MB; tệp PDF, DOCX, XLSX đến 10 MB.": the limits as the form tells the author. */
    public String inWords() {
        return "Ảnh JPEG, PNG, WebP đến %d MB (thu nhỏ còn rộng tối đa %d điểm ảnh, bỏ thông tin vị trí, máy ảnh, tác giả);"
                .formatted(maxPictureSize.toMegabytes(), pictureMaxWidth)
                + " tệp đính kèm PDF, DOCX, XLSX đến %d MB, không có macro hay mã JavaScript.".formatted(maxDocumentSize.toMegabytes());
    }
}
