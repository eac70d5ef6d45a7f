package vn.cchc.editorial.portal;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import vn.cchc.editorial.article.ArticleKind;
import vn.cchc.editorial.article.ContentSanitizer;
import vn.cchc.editorial.identity.AuthoringUnits;
import vn.cchc.editorial.identity.UnitGroups;
import vn.cchc.editorial.system.ApiAuthenticationFilter;
import vn.cchc.editorial.system.EngineUsers;
import vn.cchc.editorial.system.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * {@code POST /api/editor/preview} (any logged-in person, with Camunda's CSRF header): the item being written, as
 * the portal's page of an item (templates/portal/article.html, the same layout) will show it once published
 * today: the content as the server keeps it ({@link ContentSanitizer}), the caller's unit. Body
 * {@code {"title", "summary", "content", "kind", "links", "unit"}} (any may be missing; the unit, a plan unit's
 * code, is the author's when the Board previews from the review form, else the caller's unit is shown; of the links, one a line, only
 * http and https ones are shown, as only those are taken on sending); answers text/html. The
 * draft, revision and review forms' "Xem trước" (tasklist/vi-forms/content-editor.js) shows it in a frame.
 */
@Controller
class PortalPreview {

    static final String PATH = ApiAuthenticationFilter.EDITOR_API + "/preview";

    private final PortalController portal;
    private final AuthoringUnits authoringUnits;
    private final UnitGroups units;
    private final IdentityService identity;
    private final Clock clock;

    PortalPreview(PortalController portal, AuthoringUnits authoringUnits, UnitGroups units, IdentityService identity, Clock clock) {
        this.portal = portal;
        this.authoringUnits = authoringUnits;
        this.units = units;
        this.identity = identity;
        this.clock = clock;
    }

    record Draft(String title, String summary, String content, String kind, String links, String unit) {
    }

    /** The item as the template reads it ({@code item.article.title}, {@code item.publishedAt}…). */
    public record Item(Article article, Instant publishedAt) {
        public Article getArticle() { return article; }
        public Instant getPublishedAt() { return publishedAt; }
    }

    public record Article(String title, String summary, String content, ArticleKind kind, List<String> linkList) {
        public String getTitle() { return title; }
        public String getSummary() { return summary; }
        public String getContent() { return content; }
        public ArticleKind getKind() { return kind; }
        public List<String> getLinkList() { return linkList; }
    }

    @PostMapping(value = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    String preview(@RequestBody Draft draft, Model model) {
        portal.site(model);
        ArticleKind kind = Arrays.stream(ArticleKind.values()).filter(k -> k.name().equals(draft.kind())).findFirst().orElse(null);
        List<String> links = draft.links() == null ? List.of()
                : draft.links().lines().map(String::strip).filter(line -> line.matches("(?i)https?://\\S+")).toList();
        Article article = new Article(blankToNull(draft.title()), blankToNull(draft.summary()),
                ContentSanitizer.sanitize(draft.content() == null ? "" : draft.content()), kind, links);
        model.addAttribute("item", new Item(article, clock.instant()));
        model.addAttribute("unitName", unitName(draft.unit()));
        model.addAttribute("preview", true);
        return "portal/article";
    }

    /** The item's unit as the plan names it (the review form gives the author's); else the caller's own, if an author. */
    private String unitName(String unit) {
        if (unit != null && !unit.isBlank() && !units.nameOf(unit.strip()).equals(unit.strip())) {
            return units.nameOf(unit.strip());
        }
        try {
            return units.nameOf(authoringUnits.unitOf(EngineUsers.currentUser(identity)));
        } catch (InvalidInputException notAnAuthor) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
