package vn.cchc.editorial.system;

/** An e-mail was recorded in {@code mail_message}; {@link MailDelivery} sends it once the recording transaction commits. */
public record MailRecorded(String messageId) {
}
