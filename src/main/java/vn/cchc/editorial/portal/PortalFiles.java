package vn.cchc.editorial.portal;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.editorial.article.ItemFile;
import vn.cchc.editorial.article.ItemFiles;
import vn.cchc.editorial.article.ItemFilesApi;
import vn.cchc.editorial.publication.PortalAddress;
import vn.cchc.editorial.publication.PublicationRepository;
import vn.cchc.editorial.system.NotFoundException;

import java.time.Duration;

/**
 * {@code GET /portal/tep/{token}}, anonymous: a picture or document of an item published on the department's portal,
 * served as /api/uploads serves it (its type, nosniff, a document as an attachment); any other file, attached to an
 * item not published or to none, is 404, as an unknown one. An item's page and the Atom feed
 * ({@link PortalAddress#withPortalFiles}) point its pictures and documents here rather than to /api/uploads, which needs
 * a login.
 */
@Controller
class PortalFiles {

    private final ItemFiles itemFiles;
    private final PublicationRepository publications;

    PortalFiles(ItemFiles itemFiles, PublicationRepository publications) {
        this.itemFiles = itemFiles;
        this.publications = publications;
    }

    @GetMapping(PortalAddress.FILES + "/{token}")
    ResponseEntity<byte[]> file(@PathVariable String token) {
        ItemFile file = itemFiles.attached(token)
                .filter(attached -> publications.findPostedByDepartment(attached.getArticleId()).isPresent())
                .orElseThrow(() -> new NotFoundException("Không tìm thấy ảnh hoặc tệp này trên Cổng."));
        return ItemFilesApi.served(file, CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
    }
}
