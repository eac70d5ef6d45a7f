package vn.cchc.editorial.publication;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
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
import vn.cchc.editorial.article.ContentRules;
import vn.cchc.editorial.article.ItemFile;
import vn.cchc.editorial.article.ItemFiles;
import vn.cchc.editorial.plan.Channel;
import vn.cchc.editorial.plan.PlanCatalog;
import vn.cchc.editorial.system.Mail;
import vn.cchc.editorial.system.MailOutbox;
import vn.cchc.editorial.system.MailTemplates;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Sends an approved item to the managing unit of a provincial channel. The address of each unit is
 * configuration (cchc.channels.&lt;code&gt;.email). The e-mail (templates/mail/provincial-hand-off*) is recorded
 * in the hand-off's transaction and sent afterwards (system/MailOutbox, MailDelivery), so a mail server that
 * is down delays it and never fails the hand-off; it carries the item as a Word document (.docx) with its
 * links and the pictures uploaded with the item where the content shows them, which the managing unit can paste from;
 * each document the content links to follows in an e-mail of its own (templates/mail/provincial-hand-off-file*), as
 * the outbox keeps one attachment per e-mail. Without an address the hand-off is still recorded and
 * Task_RecordProvincialDecision still waits for the answer.
 */
@Component
public class ProvincialChannelMailer {

    private static final Logger log = LoggerFactory.getLogger(ProvincialChannelMailer.class);
    static final String TEMPLATE = "provincial-hand-off";
    /** The e-mail carrying one document the item links to: the outbox sends one attachment per e-mail. */
    static final String FILE_TEMPLATE = "provincial-hand-off-file";
    /** The widest a picture is shown in the .docx, in points: the text's width on an A4 page with Word's margins. */
    public static final int PICTURE_MAX_WIDTH_POINTS = 450;

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final Environment environment;
    private final PlanCatalog plans;
    private final ItemFiles files;

    public ProvincialChannelMailer(MailOutbox outbox, MailTemplates templates, Environment environment, PlanCatalog plans,
                                   ItemFiles files) {
        this.outbox = outbox;
        this.templates = templates;
        this.environment = environment;
        this.plans = plans;
        this.files = files;
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
        String messageId = "hand-off:" + article.getId() + ":" + channel + ":" + to;
        outbox.record(new Mail(messageId, to,
                templates.render(TEMPLATE, variables), new Mail.Attachment(fileName(article), document(article, filesOf(article, "src", ItemFile.Kind.PICTURE)))));
        for (ItemFile file : filesOf(article, "href", ItemFile.Kind.DOCUMENT).values()) {
            outbox.record(new Mail(messageId + ":" + file.getToken(), to, templates.render(FILE_TEMPLATE,
                    Map.of("channelName", nameOf(channel), "article", article, "file", file)),
                    new Mail.Attachment(file.getFileName(), file.getData())));
        }
    }

    /** The channel's Vietnamese name as the newest plan naming it gives it, or its code. */
    String nameOf(String channel) {
        return plans.channel(channel).map(Channel::name).orElse(channel);
    }

    static String fileName(Article article) {
        return article.getCode() + ".docx";
    }

    /**
     * The item's own files of that kind its content uses in that attribute ({@code src}: the pictures it shows,
     * {@code href}: the documents it links to), by token, in the content's order.
     */
    private Map<String, ItemFile> filesOf(Article article, String attribute, ItemFile.Kind kind) {
        Map<String, ItemFile> found = new LinkedHashMap<>();
        Matcher address = ContentRules.FILE_ADDRESS_IN_CONTENT.matcher(article.getContent());
        while (address.find()) {
            if (attribute.equals(address.group(1)) && !found.containsKey(address.group(2))) {
                files.attached(address.group(2))
                        .filter(file -> file.getKind() == kind && Objects.equals(file.getArticleId(), article.getId()))
                        .ifPresent(file -> found.put(file.getToken(), file));
            }
        }
        return found;
    }

    /**
     * The item as a Word document: title, code, sapo, the content's paragraphs each followed by the pictures it shows
     * (of {@code pictures}, by token), the links (clickable).
     */
    static byte[] document(Article article, Map<String, ItemFile> pictures) {
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
            Map<String, ItemFile> notShown = new LinkedHashMap<>(pictures);
            for (Element block : blocks(article.getContent())) {
                String text = block.wholeText().strip();
                if (!text.isEmpty()) {
                    document.createParagraph().createRun().setText(text);
                }
                for (Element image : block.select("img[src]")) {
                    Matcher address = ContentRules.FILE_ADDRESS.matcher(image.attr("src"));
                    if (address.matches() && notShown.containsKey(address.group(1))) {
                        picture(document, notShown.remove(address.group(1)));
                    }
                }
            }
            if (blocks(article.getContent()).isEmpty()) {
                document.createParagraph().createRun().setText(paragraphs(article.getContent()).get(0));
            }
            for (ItemFile outsideABlock : notShown.values()) {
                picture(document, outsideABlock);
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

    /** A paragraph of its own holding the picture, at its size (96 dpi) or narrowed to the page's text width. */
    private static void picture(XWPFDocument document, ItemFile file) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.getData()));
        if (image == null) {
            log.warn("Picture {} of the hand-off could not be read; left out of the .docx", file.getToken());
            return;
        }
        double width = Units.pixelToPoints(image.getWidth());
        double height = Units.pixelToPoints(image.getHeight());
        double scale = Math.min(1, PICTURE_MAX_WIDTH_POINTS / width);
        int type = "image/png".equals(file.getContentType()) ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG;
        try {
            document.createParagraph().createRun().addPicture(new ByteArrayInputStream(file.getData()), type,
                    file.getFileName(), Units.toEMU(width * scale), Units.toEMU(height * scale));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** The text of each block of the (sanitized) content, in order; loose text as one block. */
    static List<String> paragraphs(String html) {
        List<String> blocks = blocks(html).stream()
                .map(Element::wholeText).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return blocks.isEmpty() ? List.of(Jsoup.parse(html).body().wholeText().strip()) : blocks;
    }

    /** The content's blocks (paragraphs, headings, list items…), outermost only, in order. */
    private static List<Element> blocks(String html) {
        return Jsoup.parse(html).body().select("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre").stream()
                .filter(e -> e.parents().stream().noneMatch(p -> p.is("p, li, blockquote, pre"))).toList();
    }
}
