package vn.cchc.editorial.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.cchc.editorial.article.Topic;
import vn.cchc.editorial.identity.UnitGroups;
import vn.cchc.editorial.publication.PortalAddress;
import vn.cchc.editorial.publication.Publication;
import vn.cchc.editorial.publication.PublicationRepository;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The built-in department portal: public, read-only, published items newest first, a search and a page per topic. */
@Controller
class PortalController {

    /** The most items a search lists, newest first. */
    static final int SEARCH_RESULTS = 50;

    private final PublicationRepository publications;
    private final UnitGroups units;
    private final int pageSize;
    private final PortalSite site;

    PortalController(PublicationRepository publications, UnitGroups units,
                     @Value("${cchc.portal.page-size}") int pageSize, PortalSite site) {
        this.publications = publications;
        this.units = units;
        this.pageSize = pageSize;
        this.site = site;
    }

    /** What every portal page shows in its header: the portal's title, the department and its logo, the topics. */
    @ModelAttribute
    void site(Model model) {
        model.addAttribute("portalTitle", site.title());
        model.addAttribute("department", site.departmentName());
        model.addAttribute("logo", site.logo());
        model.addAttribute("topics", Arrays.asList(Topic.values()));
    }

    @GetMapping("/portal")
    String list(@RequestParam(name = "trang", defaultValue = "1") int page, Model model) {
        model.addAttribute("items", publications.findPostedByDepartment(pageOf(page)));
        model.addAttribute("pageUrl", "/portal");
        return "portal/list";
    }

    @GetMapping("/portal/chu-de/{code}")
    String topic(@PathVariable String code, @RequestParam(name = "trang", defaultValue = "1") int page, Model model) {
        Topic topic = Arrays.stream(Topic.values()).filter(t -> t.name().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(ArticleNotFound::new);
        model.addAttribute("items", publications.findPostedByDepartmentOnTopic(topic, pageOf(page)));
        model.addAttribute("topic", topic);
        model.addAttribute("heading", "Chủ đề: " + topic.label());
        model.addAttribute("pageUrl", "/portal/chu-de/" + topic.name());
        return "portal/list";
    }

    @GetMapping("/portal/tim-kiem")
    String search(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        String asked = query.strip();
        asked = asked.length() > PortalSearch.MAX_QUERY ? asked.substring(0, PortalSearch.MAX_QUERY) : asked;
        model.addAttribute("query", asked);
        String folded = PortalSearch.fold(asked);
        if (folded.isEmpty()) {
            model.addAttribute("results", List.of());
            return "portal/search";
        }
        // a department posts a few hundred items a year: read them and compare in Java, diacritics aside
        List<Publication> found = publications.findPostedByDepartment(Pageable.unpaged()).stream()
                .filter(p -> PortalSearch.matches(folded, p.getArticle().getTitle(), p.getArticle().getSummary()))
                .toList();
        model.addAttribute("results", found.subList(0, Math.min(found.size(), SEARCH_RESULTS)));
        model.addAttribute("total", found.size());
        return "portal/search";
    }

    @GetMapping(PortalAddress.ARTICLES + "/{id}")
    String show(@PathVariable String id, Model model, jakarta.servlet.http.HttpServletRequest request) {
        Publication publication = published(id).orElseThrow(ArticleNotFound::new);
        model.addAttribute("item", publication);
        // its pictures and documents from the portal's own address, which needs no login
        model.addAttribute("content", PortalAddress.withPortalFiles(publication.getArticle().getContent(), request.getContextPath()));
        model.addAttribute("unitName", units.nameOf(publication.getArticle().getUnitCode()));
        return "portal/article";
    }

    private PageRequest pageOf(int page) {
        return PageRequest.of(Math.max(page, 1) - 1, pageSize);
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
