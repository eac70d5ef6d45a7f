package vn.cchc.editorial.system;

import java.util.Objects;

/**
 * An e-mail to record in {@link MailOutbox}: rendered from templates by {@link MailTemplates}, with at most
 * one attachment.
 *
 * @param messageId the event and the recipient it is for, unique per e-mail (e.g. {@code review-task:<task id>:bbt.bientap});
 *                  recording the same id again records nothing, and the e-mail's Message-ID is made from it
 */
public record Mail(String messageId, String recipient, MailTemplates.Rendered content, Attachment attachment) {

    public Mail {
        Objects.requireNonNull(messageId);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(content);
    }

    public Mail(String messageId, String recipient, MailTemplates.Rendered content) {
        this(messageId, recipient, content, null);
    }

    /** A file sent with the e-mail; its content type follows from the file name's extension. */
    public record Attachment(String fileName, byte[] bytes) {
    }
}
