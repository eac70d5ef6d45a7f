package vn.cchc.editorial.publication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.jsoup.Jsoup;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.plan.Channel;
import vn.cchc.editorial.plan.PlanCatalog;

/**
 * Sends an approved item to the managing unit of a provincial channel. The address of each unit is
 * configuration (cchc.channels.&lt;code&gt;.email); without a mail server the hand-off is still recorded
 * and Task_RecordProvincialDecision still waits for the answer.
 */
@Component
public class ProvincialChannelMailer {

    private static final Logger log = LoggerFactory.getLogger(ProvincialChannelMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final Environment environment;
    private final String from;
    private final PlanCatalog plans;

    public ProvincialChannelMailer(ObjectProvider<JavaMailSender> mailSender, Environment environment,
                                   @Value("${cchc.notification.from}") String from, PlanCatalog plans) {
        this.mailSender = mailSender;
        this.environment = environment;
        this.plans = plans;
        this.from = from;
    }

    void send(Article article, String channel) {
        String to = environment.getProperty("cchc.channels." + channel.toLowerCase().replace('_', '-') + ".email");
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || to == null || to.isBlank()) {
            log.warn("No mail server or address for {}: hand-off of {} recorded without e-mail", channel, article.getCode());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("[%s] Đề nghị duyệt đăng tin bài CCHC: %s".formatted(article.getCode(), article.getTitle()));
        message.setText("""
                Kính gửi đơn vị quản lý %s,

                Sở gửi tin bài sau để đơn vị xem xét, duyệt đăng:

                Tiêu đề: %s
                Mã tin bài: %s
                Sapo: %s

                %s

                Liên kết kèm theo:
                %s

                Trân trọng.
                """.formatted(nameOf(channel), article.getTitle(), article.getCode(),
                nullToEmpty(article.getSummary()), Jsoup.parse(article.getContent()).wholeText().strip(),
                nullToEmpty(article.getLinks())));
        sender.send(message);
    }

    /** The channel's Vietnamese name as the newest plan naming it gives it, or its code. */
    String nameOf(String channel) {
        return plans.channel(channel).map(Channel::name).orElse(channel);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
