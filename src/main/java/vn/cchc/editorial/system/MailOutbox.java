package vn.cchc.editorial.system;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Types;
import java.time.Clock;

/**
 * Records an e-mail in {@code mail_message} in the transaction of the event that causes it (a decision, a
 * task created, a publication): when that transaction rolls back, the e-mail is gone with it; when it
 * commits, {@link MailDelivery} sends it. Sending never takes place here, so a mail server that is slow or
 * down never holds up or rolls back the decision.
 */
@Component
public class MailOutbox {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock realTime = Clock.systemUTC();

    MailOutbox(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Records the e-mail unless one with its message id is already recorded; returns whether it did. Joins
     * the caller's transaction (the engine's, in a delegate or listener).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean record(Mail mail) {
        long now = realTime.millis();
        Mail.Attachment attachment = mail.attachment();
        int inserted = jdbc.update("""
                        insert into mail_message (message_id, recipient, subject, text_body, html_body,
                            attachment_name, attachment, created_at, attempts, next_attempt_at)
                        select ?, ?, ?, ?, ?, ?, ?, ?, 0, ? from (select 1 as one) as single
                        where not exists (select 1 from mail_message where message_id = ?)""",
                // typed: PostgreSQL gives an untyped parameter of a SELECT list the type text, which no
                // bytea or bigint column takes (a VALUES list would take the column's type instead)
                text(mail.messageId()), text(mail.recipient()), text(mail.content().subject()),
                text(mail.content().text()), text(mail.content().html()),
                text(attachment == null ? null : attachment.fileName()),
                new SqlParameterValue(Types.VARBINARY, attachment == null ? null : attachment.bytes()),
                new SqlParameterValue(Types.BIGINT, now), new SqlParameterValue(Types.BIGINT, now), text(mail.messageId()));
        if (inserted == 1) {
            events.publishEvent(new MailRecorded(mail.messageId()));
        }
        return inserted == 1;
    }

    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }
}
