package vn.cchc.editorial.system;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the e-mails {@link MailOutbox} recorded. Two ways lead here, both durable:
 * <ul>
 *   <li>at once: once the recording transaction commits, {@link MailOutbox} hands the e-mail to {@link #deliver}
 *   on Spring's task executor; a rolled-back transaction hands nothing on and leaves no row;</li>
 *   <li>later: every {@code cchc.mail.retry-interval}, {@link #deliverDue} sends what is still unsent and
 *   due, so a mail server that was down gets its e-mails once it is back, with a growing wait between
 *   attempts (up to {@code cchc.mail.max-backoff}), and what a node stopped before sending is sent by the
 *   next sweep of any node.</li>
 * </ul>
 * Never twice: a node claims a row before sending it ({@code claimed_until}, one conditional update, so
 * of two nodes or threads only one gets it), and marks it sent after; a row marked sent is never sent
 * again, however often its event is handed on or the sweep runs. The e-mail's Message-ID is made from
 * the row's message id, so even a node that died between the mail server's acceptance and the mark
 * (the row is sent again when its claim runs out) sends the same message, which mail programs show once.
 * <p>
 * Times here are real time, not the application's clock (which a demo may start in the past).
 */
@Component
@EnableScheduling
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    /** Longer than the mail server's time-outs together (spring.mail.properties in application.yaml). */
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final int BATCH = 50;
    private static final String DOMAIN = "cchc-editorial";

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final Duration retryInterval;
    private final Duration maxBackoff;
    private final Clock realTime = Clock.systemUTC();
    private final AtomicBoolean toldNoServer = new AtomicBoolean();

    MailDelivery(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender,
                 @Value("${cchc.notification.from}") String from,
                 @Value("${cchc.mail.retry-interval:PT1M}") Duration retryInterval,
                 @Value("${cchc.mail.max-backoff:PT1H}") Duration maxBackoff) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.from = from;
        this.retryInterval = retryInterval;
        this.maxBackoff = maxBackoff;
    }

    /** What is unsent and due: e-mails whose earlier attempt failed, or whose event was lost with a node. */
    @Scheduled(fixedDelayString = "${cchc.mail.retry-interval:PT1M}", initialDelayString = "${cchc.mail.retry-interval:PT1M}")
    public void deliverDue() {
        List<String> due = jdbc.queryForList("""
                select message_id from mail_message where sent_at is null and next_attempt_at <= ?
                order by created_at""", String.class, realTime.millis());
        due.stream().limit(BATCH).forEach(this::deliver);
    }

    /** Sends one recorded e-mail unless it is sent or another node is sending it; returns whether this call sent it. */
    public boolean deliver(String messageId) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            if (toldNoServer.compareAndSet(false, true)) {
                log.warn("No mail server configured (spring.mail.host): e-mails are kept in mail_message until one is");
            }
            return false;
        }
        long now = realTime.millis();
        int claimed = jdbc.update("""
                update mail_message set claimed_until = ? where message_id = ? and sent_at is null
                and (claimed_until is null or claimed_until < ?)""", now + CLAIM.toMillis(), messageId, now);
        if (claimed == 0) {
            return false;
        }
        Row row = jdbc.queryForObject("""
                select message_id, recipient, subject, text_body, html_body, attachment_name, attachment, attempts
                from mail_message where message_id = ?""", (rs, n) -> new Row(rs.getString("message_id"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                rs.getString("attachment_name"), rs.getBytes("attachment"), rs.getInt("attempts")), messageId);
        int attempts = row.attempts() + 1;
        try {
            sender.send(message(sender, row));
        } catch (MailException | MessagingException e) {
            Instant next = Instant.ofEpochMilli(realTime.millis()).plus(backoff(attempts));
            jdbc.update("""
                    update mail_message set attempts = ?, next_attempt_at = ?, claimed_until = null, last_error = ?
                    where message_id = ?""", attempts, next.toEpochMilli(), abbreviate(e.getMessage()), messageId);
            log.warn("E-mail {} to {} not sent (attempt {}), tried again from {}: {}", messageId, row.recipient(),
                    attempts, next, e.getMessage());
            return false;
        }
        jdbc.update("update mail_message set attempts = ?, sent_at = ?, claimed_until = null, last_error = null where message_id = ?",
                attempts, realTime.millis(), messageId);
        log.info("E-mail {} sent to {}", messageId, row.recipient());
        return true;
    }

    private record Row(String messageId, String recipient, String subject, String text, String html,
                       String attachmentName, byte[] attachment, int attempts) {
    }

    private MimeMessage message(JavaMailSender sender, Row row) throws MessagingException {
        MimeMessage message = new FixedIdMessage(sender.createMimeMessage().getSession(), messageIdHeader(row.messageId()));
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(row.recipient());
        helper.setSubject(row.subject());
        helper.setText(row.text(), row.html());
        if (row.attachment() != null) {
            String name = row.attachmentName();
            helper.addAttachment(name, new ByteArrayResource(row.attachment()),
                    MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM).toString());
        }
        return message;
    }

    private Duration backoff(int attempts) {
        Duration wait = retryInterval.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** The same Message-ID for every attempt of one recorded e-mail. */
    static String messageIdHeader(String messageId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 20) + "@" + DOMAIN + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text == null ? null : text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    /** A MIME message whose Message-ID is the recorded one, not a new one per attempt. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
