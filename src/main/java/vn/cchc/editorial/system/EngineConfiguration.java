package vn.cchc.editorial.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    static final String CLOCK_START = "cchc.clock.start";

    @Bean
    EditorialEnginePlugin editorialEnginePlugin(@Value("${" + CLOCK_START + ":}") String clockStart) {
        return new EditorialEnginePlugin(parseClockStart(clockStart));
    }

    static Instant parseClockStart(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(CLOCK_START + " must be an ISO-8601 instant with offset, "
                    + "for example 2024-03-01T08:00:00+07:00; got \"" + value + "\"", e);
        }
    }

    /** Accepted HTTP basic passwords kept for a short time (docs/security.md, "HTTP basic"). */
    @Bean
    VerifiedPasswords verifiedPasswords(@Value("${cchc.security.verified-password-ttl:PT1M}") Duration timeToLive) {
        return new VerifiedPasswords(timeToLive);
    }

    @Bean
    PasswordChangesForget passwordChangesForget(VerifiedPasswords passwords) {
        return new PasswordChangesForget(passwords);
    }

    @Bean
    HistoryCleanupWindow historyCleanupWindow(@Value("${cchc.history.cleanup.window-start:}") String start,
                                              @Value("${cchc.history.cleanup.window-end:}") String end,
                                              ObjectProvider<Clock> clock) {
        return new HistoryCleanupWindow(start, end, clock::getObject);
    }

    @Bean
    ProcessInstanceEnds processInstanceEnds(List<ProcessInstanceEndHandler> handlers) {
        return new ProcessInstanceEnds(handlers);
    }

    @Bean
    ClusterNodeName clusterNodeName(@Value("${cchc.cluster.node-name:}") String nodeName) {
        return new ClusterNodeName(nodeName);
    }
}
