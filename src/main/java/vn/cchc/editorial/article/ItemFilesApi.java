package vn.cchc.editorial.article;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The files uploaded with an item ({@link ItemFiles}; docs/api.md):
 * <ul>
 *   <li>{@code POST /api/uploads}, multipart with the part {@code file}: 201 and
 *       {@code {"token", "location", "name", "kind": "PICTURE"|"DOCUMENT", "contentType", "size"}}, {@code location}
 *       being the address to put in the content (TinyMCE's images_upload_handler reads it); 400 or 413 with a
 *       Vietnamese {@code message} for a refused file, 403 for someone who writes for no unit;</li>
 *   <li>{@code GET /api/uploads/{token}}: the bytes with their type, {@code X-Content-Type-Options: nosniff}, a
 *       document as {@code Content-Disposition: attachment}; 403 or 404;</li>
 *   <li>{@code DELETE /api/uploads/{token}}: 204; 403 or 404.</li>
 * </ul>
 * A session's POST and DELETE carry Camunda's CSRF header, as every session-called write of /api.
 */
@RestController
public class ItemFilesApi {

    private final ItemFiles itemFiles;

    ItemFilesApi(ItemFiles itemFiles) {
        this.itemFiles = itemFiles;
    }

    record Uploaded(String token, String location, String name, ItemFile.Kind kind, String contentType, long size) {
    }

    @PostMapping(value = ContentRules.FILES_PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Uploaded> upload(@RequestPart("file") MultipartFile file, HttpServletRequest request) throws IOException {
        ItemFile stored = itemFiles.upload(new ItemFiles.Upload() {
            @Override
            public String name() {
                return file.getOriginalFilename();
            }

            @Override
            public long size() {
                return file.getSize();
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        });
        String location = request.getContextPath() + stored.address();
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, location)
                .body(new Uploaded(stored.getToken(), location, stored.getFileName(), stored.getKind(), stored.getContentType(),
                        stored.getSizeBytes()));
    }

    @GetMapping(ContentRules.FILES_PATH + "/{token}")
    ResponseEntity<byte[]> read(@PathVariable String token) {
        return served(itemFiles.readable(token), CacheControl.noCache().cachePrivate());
    }

    @DeleteMapping(ContentRules.FILES_PATH + "/{token}")
    ResponseEntity<Void> remove(@PathVariable String token) {
        itemFiles.remove(token);
        return ResponseEntity.noContent().build();
    }

    /**
     * A file's bytes as served here and on the portal: its type (with {@code X-Content-Type-Options: nosniff}, which
     * system/SecurityHeaders puts on every answer), a picture shown in the page and a document always downloaded (a
     * browser never opens it as a page of this host).
     */
    public static ResponseEntity<byte[]> served(ItemFile file, CacheControl cache) {
        ContentDisposition disposition = (file.getKind() == ItemFile.Kind.PICTURE ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(file.getFileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .cacheControl(cache)
                .body(file.getData());
    }
}
