package vn.cchc.editorial;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import vn.cchc.editorial.publication.HandedOff;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes the hand-off of one item fail once, after the hand-off and its e-mails were recorded in the job's
 * transaction: the transaction rolls back, as when the database fails at commit. A listener of the shared
 * test context, disarmed unless a test arms it for its own item.
 */
public final class FailAfterHandOff {

    public static final String MESSAGE = "simulated failure after the hand-off was recorded";
    private static final AtomicReference<Long> ARMED = new AtomicReference<>();

    static final ApplicationListener<ApplicationEvent> LISTENER = event -> {
        Long armed = ARMED.get();
        if (armed != null && event instanceof PayloadApplicationEvent<?> payload
                && payload.getPayload() instanceof HandedOff handedOff && armed == handedOff.articleId()
                && ARMED.compareAndSet(armed, null)) {
            throw new IllegalStateException(MESSAGE);
        }
    };

    private FailAfterHandOff() {
    }

    public static void armOnceFor(long articleId) {
        ARMED.set(articleId);
    }

    public static void disarm() {
        ARMED.set(null);
    }
}
