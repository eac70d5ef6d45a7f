package vn.cchc.editorial;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tests' mail server: GreenMail's SMTP on a free localhost port, the same port for the whole JVM, so a
 * test can stop it (the mail server is down) and start it again where the application expects it. The
 * shared test context sends to it ({@link Initializer}) and retries unsent e-mails every second.
 */
public final class MailServer {

    public static final String PROVINCIAL_PORTAL = "cong-ttdt@tinh.example";
    public static final String PROVINCIAL_CCHC_PAGE = "trang-cchc@tinh.example";
    public static final String BASE_URL = "https://cchc.soctrang.example";
    private static final ServerSetup SETUP = new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final List<MimeMessage> ARCHIVE = new ArrayList<>();
    private static GreenMail server = start();

    private MailServer() {
    }

    private static GreenMail start() {
        GreenMail started = new GreenMail(SETUP);
        started.start();
        return started;
    }

    /** Stops it; what it received so far is kept. */
    public static synchronized void stop() {
        ARCHIVE.addAll(List.of(server.getReceivedMessages()));
        server.stop();
    }

    /** Starts it again on the same port. */
    public static synchronized void restart() {
        server = start();
    }

    /** Everything received in this JVM, before a stop too. */
    public static synchronized List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(ARCHIVE);
        all.addAll(List.of(server.getReceivedMessages()));
        return all;
    }

    /** The e-mails received for this address. */
    public static List<MimeMessage> to(String address) {
        return received().stream().filter(message -> recipients(message).contains(address)).toList();
    }

    /** The e-mails received for this address whose subject contains this text. */
    public static List<MimeMessage> to(String address, String inSubject) {
        return to(address).stream().filter(message -> subject(message).contains(inSubject)).toList();
    }

    public static List<String> recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part, its lines ended by "\n" (SMTP carries "\r\n"). */
    public static String text(MimeMessage message) {
        return partOf(message, "text/plain", false).replace("\r\n", "\n");
    }

    /** The HTML part. */
    public static String html(MimeMessage message) {
        return partOf(message, "text/html", false);
    }

    /** The bytes of the attachment of this file name. */
    public static byte[] attachment(MimeMessage message, String fileName) {
        try {
            for (Part part : leaves(message)) {
                if (fileName.equals(part.getFileName())) {
                    return part.getInputStream().readAllBytes();
                }
            }
            throw new AssertionError("no attachment " + fileName);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String partOf(MimeMessage message, String type, boolean attached) {
        try {
            for (Part part : leaves(message)) {
                if (part.isMimeType(type) && (part.getFileName() != null) == attached) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("no " + type + " part");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Part> leaves(Part part) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            List<Part> leaves = new ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                leaves.addAll(leaves(multipart.getBodyPart(i)));
            }
            return leaves;
        }
        return List.of(part);
    }

    /** Points the application at this server: registered by the shared test annotation. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.addApplicationListener(FailAfterHandOff.LISTENER);
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "spring.mail.host=127.0.0.1",
                    "spring.mail.port=" + SETUP.getPort(),
                    "cchc.mail.retry-interval=PT1S",
                    "cchc.mail.max-backoff=PT2S",
                    "cchc.notification.base-url=" + BASE_URL,
                    "cchc.channels.provincial-portal.email=" + PROVINCIAL_PORTAL,
                    "cchc.channels.provincial-cchc-page.email=" + PROVINCIAL_CCHC_PAGE);
        }
    }
}
