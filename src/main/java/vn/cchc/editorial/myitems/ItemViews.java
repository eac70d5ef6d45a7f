package vn.cchc.editorial.myitems;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.article.ArticleReview;
import vn.cchc.editorial.article.ArticleRevision;
import vn.cchc.editorial.identity.PersonNames;
import vn.cchc.editorial.identity.UnitGroups;
import vn.cchc.editorial.plan.Channel;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.plan.PlanDates;
import vn.cchc.editorial.publication.PortalAddress;
import vn.cchc.editorial.publication.Publication;
import vn.cchc.editorial.publication.PublicationRepository;
import vn.cchc.editorial.publication.PublicationStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An item as its author follows it: the shapes of "Tin bài của tôi" and of {@code /api/my-items}
 * (docs/api.md). People are named by {@link PersonNames}, channels by the plan; times are instants
 * (the page writes them in the plan's time zone).
 */
@Component
class ItemViews {

    private static final Map<String, String> FIELD_WORDS = Map.of(
            "title", "tiêu đề", "summary", "sapo", "content", "nội dung", "links", "liên kết");

    private final PublicationRepository publications;
    private final PersonNames names;
    private final UnitGroups units;
    private final PlanCatalog plans;
    private final Clock clock;
    private final PortalAddress portal;

    ItemViews(PublicationRepository publications, PersonNames names, UnitGroups units, PlanCatalog plans, Clock clock,
              PortalAddress portal) {
        this.portal = portal;
        this.publications = publications;
        this.names = names;
        this.units = units;
        this.plans = plans;
        this.clock = clock;
    }

    /** An open task of the item: its step, who holds it (a person with their unit, or the units offered it), since when. */
    record Step(String name, String holder, Instant since) {
    }

    /** One decision of the Board: the round (1, 2, …), the decision in words, its comment, who and when. */
    record Round(int round, String decision, String comment, String reviewer, Instant decidedAt) {
    }

    /** Where a channel posted the item: the channel's name and the public address. */
    record Address(String channel, String url) {
    }

    /** One thing that happened to the item: when, what (in words), who (a person, or a channel), a note (a comment, the fields changed), an address. */
    record Event(Instant at, String what, String who, String note, String url) {
    }

    /**
     * An item in the list: its code, title, channels' names, status (code and words), current step in
     * words, the open tasks, every round's decision, its public addresses once posted, the year drafted.
     */
    record Summary(String code, String title, String author, String unit, List<String> channels, String status,
                   String statusLabel, String step, List<Step> openSteps, List<Round> rounds, List<Address> addresses,
                   Instant createdAt, int year) {
        /** The first open task, or null. */
        @JsonProperty("heldBy")
        public Step heldBy() {
            return openSteps.isEmpty() ? null : openSteps.get(0);
        }
    }

    /** An item with its whole history, oldest first. */
    record Detail(Summary item, String summary, List<Event> history) {
    }

    Summary summary(Article article, List<Step> openSteps) {
        List<Publication> posted = publications.findByArticleId(article.getId());
        return summary(article, openSteps, posted);
    }

    Detail detail(Article article, List<Step> openSteps) {
        List<Publication> posted = publications.findByArticleId(article.getId());
        return new Detail(summary(article, openSteps, posted), article.getSummary(), history(article, posted));
    }

    private Summary summary(Article article, List<Step> openSteps, List<Publication> posted) {
        List<ArticleReview> reviews = article.getReviews();
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            ArticleReview review = reviews.get(i);
            rounds.add(new Round(i + 1, review.getDecision().label(), review.getComment(), names.withUnit(review.getReviewer()),
                    review.getDecidedAt()));
        }
        List<Address> addresses = posted.stream()
                .filter(p -> p.getStatus() == PublicationStatus.PUBLISHED && p.getUrl() != null)
                .map(p -> new Address(channelName(p.getChannel()), portal.absolute(p.getUrl()))).toList();
        String step = openSteps.isEmpty() ? settledStep(article, posted)
                : openSteps.stream().map(Step::name).distinct().collect(Collectors.joining("; "));
        return new Summary(article.getCode(), article.getTitle(), names.withUnit(article.getAuthor()),
                units.nameOf(article.getUnitCode()), article.getChannels().stream().map(this::channelName).toList(),
                article.getStatus().name(), article.getStatus().label(), step, openSteps, rounds, addresses,
                article.getCreatedAt(), PlanDates.dayOf(article.getCreatedAt(), clock).getYear());
    }

    /** With no open task: the status, or for an approved item what became of it on each channel. */
    private String settledStep(Article article, List<Publication> posted) {
        if (posted.isEmpty()) {
            return article.getStatus().label();
        }
        return posted.stream().map(p -> channelName(p.getChannel()) + ": " + publicationWords(p.getStatus()))
                .collect(Collectors.joining("; "));
    }

    private List<Event> history(Article article, List<Publication> posted) {
        List<Event> events = new ArrayList<>();
        for (ArticleRevision revision : article.getRevisions()) {
            boolean first = revision.getRevisionNo() == 1;
            String note = first ? null : "Đã sửa: " + (revision.getChangedFields().isEmpty() ? "không sửa gì"
                    : revision.getChangedFields().stream().map(f -> FIELD_WORDS.getOrDefault(f, f)).collect(Collectors.joining(", ")));
            events.add(new Event(revision.getChangedAt(), first ? "Gửi tin bài cho Ban Biên tập" : "Gửi lại tin bài đã sửa (lần "
                    + (revision.getRevisionNo() - 1) + ")", names.withUnit(revision.getChangedBy()), note, null));
        }
        for (ArticleReview review : article.getReviews()) {
            events.add(new Event(review.getDecidedAt(), "Ban Biên tập: " + review.getDecision().label(),
                    names.withUnit(review.getReviewer()), review.getComment(), null));
        }
        for (Publication p : posted) {
            String channel = channelName(p.getChannel());
            if (p.getHandedOffAt() != null) {
                events.add(new Event(p.getHandedOffAt(), "Đã gửi đơn vị quản lý kênh " + channel, null, null, null));
            }
            switch (p.getStatus()) {
                case PUBLISHED -> events.add(new Event(p.getPublishedAt() != null ? p.getPublishedAt() : article.getUpdatedAt(),
                        "Đã đăng trên " + channel, null, null, portal.absolute(p.getUrl())));
                // the refusal's own time is not recorded: it follows the hand-off
                case REFUSED -> events.add(new Event(p.getHandedOffAt(), channel + " không đăng", null, p.getRefusalReason(), null));
                default -> { }
            }
        }
        if (article.getStatus() == vn.cchc.editorial.article.ArticleStatus.WITHDRAWN) {
            events.add(new Event(article.getUpdatedAt(), "Tin bài đã bị hủy (quy trình dừng trước khi Ban Biên tập quyết định)",
                    null, null, null));
        }
        events.sort(Comparator.comparing(Event::at));
        return events;
    }

    private static String publicationWords(PublicationStatus status) {
        return switch (status) {
            case HANDED_OFF -> "chờ đơn vị quản lý kênh quyết định";
            case PUBLISHED -> "đã đăng";
            case REFUSED -> "không được đăng";
            case WITHDRAWN -> "đã hủy";
        };
    }

    private String channelName(String code) {
        return plans.channel(code).map(Channel::name).orElse(code);
    }
}
