package vn.cchc.editorial.system;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Types;
import java.time.Clock;

/**
 * Records an e-mail in {@code mail_message} in the transaction of the event that causes it (a decision, a
 * task created, a publication): when that transaction rolls back, the e-mail is gone with it; when it
 * commits, {@link MailDelivery} sends it: at once, on Spring's task executor, and else by its sweep. Sending
 * never takes place here, so a mail server that is slow or down never holds up or rolls back the decision.
 * <p>
 * The hand-over after the commit is a transaction synchronization, not an event of Spring Modulith's
 * publication registry: the row in {@code mail_message} is already the durable record of what is to send,
 * and {@link MailDelivery#deliverDue} sends whatever a node stopped before sending, so a second durable
 * record (a row written and deleted in {@code event_publication} per e-mail) would add writes and no safety.
 */
@Component
public class MailOutbox {

    private final JdbcTemplate jdbc;
    private final MailDelivery delivery;
    private final TaskExecutor executor;
    private final Clock realTime = Clock.systemUTC();

    MailOutbox(JdbcTemplate jdbc, MailDelivery delivery, @Qualifier("taskExecutor") TaskExecutor taskExecutor) {
        this.jdbc = jdbc;
        this.delivery = delivery;
        this.executor = taskExecutor;
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
            String messageId = mail.messageId();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(() -> delivery.deliver(messageId));
                }
            });
        }
        return inserted == 1;
    }

    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }
}
