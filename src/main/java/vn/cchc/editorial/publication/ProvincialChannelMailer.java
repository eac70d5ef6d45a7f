package vn.cchc.editorial.publication;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.plan.Channel;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.system.Mail;
import vn.cchc.editorial.system.MailOutbox;
import vn.cchc.editorial.system.MailTemplates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends an approved item to the managing unit of a provincial channel. The address of each unit is
 * configuration (cchc.channels.&lt;code&gt;.email). The e-mail (templates/mail/provincial-hand-off*) is recorded
 * in the hand-off's transaction and sent afterwards (system/MailOutbox, MailDelivery), so a mail server that
 * is down delays it and never fails the hand-off; it carries the item as a Word document (.docx) with its
 * links, which the managing unit can paste from. Without an address the hand-off is still recorded and
 * Task_RecordProvincialDecision still waits for the answer.
 */
@Component
public class ProvincialChannelMailer {

    private static final Logger log = LoggerFactory.getLogger(ProvincialChannelMailer.class);
    static final String TEMPLATE = "provincial-hand-off";

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final Environment environment;
    private final PlanCatalog plans;

    public ProvincialChannelMailer(MailOutbox outbox, MailTemplates templates, Environment environment, PlanCatalog plans) {
        this.outbox = outbox;
        this.templates = templates;
        this.environment = environment;
        this.plans = plans;
    }

    /** Records the e-mail to the channel's managing unit, once per item and channel, in the caller's transaction. */
    void send(Article article, String channel) {
        String to = environment.getProperty("cchc.channels." + channel.toLowerCase().replace('_', '-') + ".email");
        if (to == null || to.isBlank()) {
            log.warn("No address for {}: hand-off of {} recorded without e-mail", channel, article.getCode());
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("channelName", nameOf(channel));
        variables.put("article", article);
        variables.put("paragraphs", paragraphs(article.getContent()));
        variables.put("links", article.getLinkList());
        variables.put("fileName", fileName(article));
        outbox.record(new Mail("hand-off:" + article.getId() + ":" + channel + ":" + to, to,
                templates.render(TEMPLATE, variables), new Mail.Attachment(fileName(article), document(article))));
    }

    /** The channel's Vietnamese name as the newest plan naming it gives it, or its code. */
    String nameOf(String channel) {
        return plans.channel(channel).map(Channel::name).orElse(channel);
    }

    static String fileName(Article article) {
        return article.getCode() + ".docx";
    }

    /** The item as a Word document: title, code, sapo, the content's paragraphs, the links (clickable). */
    static byte[] document(Article article) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFRun title = document.createParagraph().createRun();
            title.setBold(true);
            title.setFontSize(16);
            title.setText(article.getTitle());
            document.createParagraph().createRun().setText("Mã tin bài: " + article.getCode());
            if (article.getSummary() != null && !article.getSummary().isBlank()) {
                XWPFRun summary = document.createParagraph().createRun();
                summary.setBold(true);
                summary.setText(article.getSummary());
            }
            for (String block : paragraphs(article.getContent())) {
                document.createParagraph().createRun().setText(block);
            }
            List<String> links = article.getLinkList();
            if (!links.isEmpty()) {
                XWPFRun heading = document.createParagraph().createRun();
                heading.setBold(true);
                heading.setText("Liên kết kèm theo");
                for (String link : links) {
                    XWPFParagraph paragraph = document.createParagraph();
                    XWPFRun run = paragraph.createHyperlinkRun(link);
                    run.setText(link);
                    run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                    run.setColor("0563C1");
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each block of the (sanitized) content, in order; loose text as one block. */
    static List<String> paragraphs(String html) {
        var body = Jsoup.parse(html).body();
        List<String> blocks = body.select("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre").stream()
                .filter(e -> e.parents().stream().noneMatch(p -> p.is("p, li, blockquote, pre")))
                .map(Element::wholeText).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return blocks.isEmpty() ? List.of(body.wholeText().strip()) : blocks;
    }
}
