package vn.cchc.editorial.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * An item's earlier rounds of review as the review form shows them (variable {@code reviewHistory} of
 * Task_ReviewArticle, see {@link ShowReviewHistory}): each decision of the Board with its comment, who
 * and when, then what the author changed in the title, summary, content and links since the revision the
 * Board last decided on ({@link RevisionDifference}). Empty for an item's first round.
 *
 * <p>The HTML uses only the tags and attributes Camunda Forms keeps in a text component (see
 * {@link ContentPreview}), every word of the item and of the comments written as text, and is one block
 * without line breaks, so the form's Markdown renderer passes it as it is.
 */
public final class ReviewHistory {

    /** Day and time of a decision, in the plan's time zone. */
    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);

    private static final Safelist KEPT = new Safelist()
            .addTags("div", "h4", "h5", "p", "ol", "li", "span", "strong", "em", "blockquote", "br")
            .addAttributes(":all", "class");

    private ReviewHistory() {
    }

    /**
     * @param names a user id to the person shown ("Huỳnh Thanh Mai (Ban Biên tập …)", identity/PersonNames)
     * @param zone  the plan's time zone, for the time of each decision
     * @return the HTML, or "" when the Board has not decided on the item yet
     */
    public static String of(Article article, Function<String, String> names, ZoneId zone) {
        List<ArticleReview> reviews = article.getReviews();
        if (reviews.isEmpty()) {
            return "";
        }
        Element div = RevisionDifference.compactShell().appendElement("div").addClass("cchc-lich-su");
        div.appendElement("h4").text("Các vòng duyệt trước");
        Element rounds = div.appendElement("ol");
        for (ArticleReview review : reviews) {
            Element round = rounds.appendElement("li");
            round.appendElement("strong").text(review.getDecision().label());
            round.appendText(" · " + names.apply(review.getReviewer()) + " · "
                    + WHEN.format(review.getDecidedAt().atZone(zone)) + " (bản sửa lần " + review.getRevisionNo() + ")");
            if (review.getComment() != null && !review.getComment().isBlank()) {
                multiline(round.appendElement("blockquote"), review.getComment());
            }
        }
        changesSinceLastRound(article, reviews.get(reviews.size() - 1).getRevisionNo(), div);
        Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(div.outerHtml(), "", KEPT, compact).replaceAll("\\R", " ");
    }

    private static void changesSinceLastRound(Article article, int decidedRevision, Element div) {
        List<ArticleRevision> revisions = article.getRevisions();
        ArticleRevision current = revisions.get(revisions.size() - 1);
        if (current.getRevisionNo() == decidedRevision) {
            return;
        }
        ArticleRevision before = revisions.get(decidedRevision - 1);
        div.appendElement("h4").text("Tác giả đã sửa gì từ vòng trước");
        div.appendElement("p").text("Chữ thêm vào: [+ … +], chữ bỏ đi: [− … −]; các đoạn không đổi được lược bớt.");
        boolean any = field(div, "Tiêu đề", before.getTitle(), current.getTitle())
                | field(div, "Sapo", before.getSummary(), current.getSummary())
                | field(div, "Nội dung", RevisionDifference.plainText(before.getContent()),
                        RevisionDifference.plainText(current.getContent()))
                | field(div, "Liên kết kèm theo", before.getLinks(), current.getLinks());
        if (!any) {
            div.appendElement("p").text("Tác giả gửi lại mà không sửa chữ nào.");
        }
    }

    private static boolean field(Element div, String label, String before, String after) {
        Element difference = RevisionDifference.between(before, after);
        if (difference == null) {
            return false;
        }
        div.appendElement("h5").text(label);
        div.appendChild(difference);
        return true;
    }

    private static void multiline(Element element, String text) {
        String[] lines = text.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) element.appendElement("br");
            element.appendText(lines[i]);
        }
    }
}
