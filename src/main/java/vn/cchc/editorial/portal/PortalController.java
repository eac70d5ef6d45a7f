package vn.cchc.editorial.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.cchc.editorial.identity.UnitGroups;
import vn.cchc.editorial.publication.Publication;
import vn.cchc.editorial.publication.PublicationRepository;

import java.util.Optional;

/** The built-in department portal: public, read-only, published items newest first. */
@Controller
class PortalController {

    private final PublicationRepository publications;
    private final UnitGroups units;
    private final int pageSize;
    private final String title;

    PortalController(PublicationRepository publications, UnitGroups units,
                     @Value("${cchc.portal.page-size}") int pageSize,
                     @Value("${cchc.portal.title}") String title) {
        this.publications = publications;
        this.units = units;
        this.pageSize = pageSize;
        this.title = title;
    }

    @GetMapping("/portal")
    String list(@RequestParam(name = "trang", defaultValue = "1") int page, Model model) {
        int index = Math.max(page, 1) - 1;
        Page<Publication> items = publications.findPostedByDepartment(PageRequest.of(index, pageSize));
        model.addAttribute("portalTitle", title);
        model.addAttribute("items", items);
        return "portal/list";
    }

    @GetMapping("/portal/articles/{id}")
    String show(@PathVariable String id, Model model) {
        Publication publication = published(id).orElseThrow(ArticleNotFound::new);
        model.addAttribute("portalTitle", title);
        model.addAttribute("item", publication);
        model.addAttribute("unitName", units.nameOf(publication.getArticle().getUnitCode()));
        return "portal/article";
    }

    /** A stale or mistyped link names no published item, whether it is a number or not. */
    private Optional<Publication> published(String id) {
        if (!id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return publications.findPostedByDepartment(Long.parseLong(id));
    }

    /**
     * Answered through the error page (templates/error.html) for a browser and Spring Boot's JSON for a
     * program; a ResponseStatusException would be answered with problem details JSON, to browsers too.
     */
    @ResponseStatus(code = HttpStatus.NOT_FOUND, reason = "Không tìm thấy tin bài.")
    static class ArticleNotFound extends RuntimeException {
    }
}
