package vn.cchc.editorial.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Keeps an expected refusal out of the ERROR log. The engine logs every exception that ends a command
 * ({@code ENGINE-16004 Exception while closing command context}, logger {@value #ENGINE_COMMANDS}) at ERROR
 * with its stack trace, a person's bad input included. A failure that {@link Refusals}' table answers with a
 * 4xx is an expected refusal: it is logged once, on one line at INFO, where it is answered ({@link Refusals}
 * on both engine APIs, {@link ApiRefusals} on {@code /api} and the pages; a job's failure has the job
 * executor's own line). Whatever the table does not know stays ERROR with its stack trace, for an operator.
 */
@Component
class ExpectedRefusalsOffTheErrorLog extends TurboFilter {

    static final String ENGINE_COMMANDS = "org.camunda.bpm.engine.context";

    private final MessageSource messages;

    ExpectedRefusalsOffTheErrorLog(MessageSource messages) {
        this.messages = messages;
    }

    @PostConstruct
    void register() {
        Refusals.useMessages(messages);
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getTurboFilterList().removeIf(ExpectedRefusalsOffTheErrorLog.class::isInstance);
            setContext(context);
            start();
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || logger == null || !ENGINE_COMMANDS.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable failure = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
        return failure != null && isExpected(failure) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    static boolean isExpected(Throwable failure) {
        return Refusals.refusalOf(failure).filter(refusal -> refusal.status() < 500).isPresent();
    }
}
