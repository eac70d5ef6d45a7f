package vn.cchc.editorial.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A failure nobody foresaw: the person is told it is the system's fault and given a reference; the
 * server's log has the same reference with the failure itself. What went wrong inside (SQL, an exception's
 * class or message, a stack) is for the log only: it tells a caller nothing they can act on and tells an
 * attacker about the database.
 */
public final class UnexpectedFailures {

    /** The {@code type} of such an answer on the REST APIs, in place of an exception's class name. */
    static final String TYPE = "SystemFailure";

    private static final Logger log = LoggerFactory.getLogger(UnexpectedFailures.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private UnexpectedFailures() {
    }

    /** A new reference: 8 hexadecimal digits, random, to find the log line a person reports. */
    static String newReference() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Logs the failure at ERROR with a new reference, and returns the reference. */
    static String report(String request, Throwable failure) {
        String reference = newReference();
        log.error("Unexpected failure, reference {}, on {}", reference, request, failure);
        return reference;
    }

    static String message(String reference) {
        return "Lỗi hệ thống, mã tham chiếu: " + reference + ". Xin thử lại sau; nếu vẫn lỗi, hãy báo mã này cho quản trị hệ thống.";
    }
}
