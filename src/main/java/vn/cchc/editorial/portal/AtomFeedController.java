package vn.cchc.editorial.portal;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.identity.UnitGroups;
import vn.cchc.editorial.publication.PortalAddress;
import vn.cchc.editorial.publication.Publication;
import vn.cchc.editorial.publication.PublicationRepository;

import java.util.Date;
import java.util.List;

/** /portal/feed.atom: the newest published items as an Atom 1.0 feed, written by ROME, its links absolute from {@link PortalSite#base()}. */
@RestController
class AtomFeedController {

    static final int FEED_SIZE = 50;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PublicationRepository publications;
    private final UnitGroups units;
    private final PortalSite site;

    AtomFeedController(PublicationRepository publications, UnitGroups units, PortalSite site) {
        this.publications = publications;
        this.units = units;
        this.site = site;
    }

    @GetMapping("/portal/feed.atom")
    ResponseEntity<String> feed() throws FeedException {
        // absolute links from the portal's public address (cchc.portal.public-address), not the address asked
        String base = site.base();
        List<Publication> items = publications.findPostedByDepartment(PageRequest.of(0, FEED_SIZE)).getContent();

        Feed feed = new Feed("atom_1.0");
        feed.setId(base + "/portal");
        feed.setTitle(site.title() + " – " + site.departmentName());
        feed.setLanguage("vi");
        feed.setAlternateLinks(List.of(link(base + "/portal", "alternate")));
        feed.setOtherLinks(List.of(link(base + "/portal/feed.atom", "self")));
        feed.setUpdated(items.isEmpty() ? new Date(0) : Date.from(items.get(0).getPublishedAt()));
        feed.setEntries(items.stream().map(p -> entry(p, base, units)).toList());
        return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(feed));
    }

    private static Entry entry(Publication publication, String base, UnitGroups units) {
        Article article = publication.getArticle();
        String url = base + PortalAddress.ARTICLES + "/" + article.getId();
        Entry entry = new Entry();
        entry.setId(url);
        entry.setTitle(article.getTitle());
        entry.setAlternateLinks(List.of(link(url, "alternate")));
        entry.setUpdated(Date.from(publication.getPublishedAt()));
        entry.setPublished(Date.from(publication.getPublishedAt()));
        Person author = new Person();
        author.setName(units.nameOf(article.getUnitCode()));
        entry.setAuthors(List.<SyndPerson>of(author));
        if (article.getSummary() != null && !article.getSummary().isBlank()) {
            Content summary = new Content();
            summary.setType("text");
            summary.setValue(article.getSummary());
            entry.setSummary(summary);
        }
        Content content = new Content();
        content.setType("html");
        // a feed reader fetches the pictures anonymously, from elsewhere: the portal's copies, by their whole address
        content.setValue(PortalAddress.withPortalFiles(article.getContent(), base));
        entry.setContents(List.of(content));
        return entry;
    }

    private static Link link(String href, String rel) {
        Link link = new Link();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }
}
