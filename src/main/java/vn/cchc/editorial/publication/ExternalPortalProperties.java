package vn.cchc.editorial.publication;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * cchc.publication.external.*: where the external department portal is and how to log in to it. Read only
 * when cchc.publication.department-portal-publisher=external; the contract is in docs/publication.md.
 */
@Validated
@ConfigurationProperties("cchc.publication.external")
public record ExternalPortalProperties(
        @NotNull URI baseUrl,
        String username,
        String password,
        Duration connectTimeout,
        Duration readTimeout) {

    public ExternalPortalProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
    }

    boolean hasCredentials() {
        return username != null && !username.isBlank();
    }
}
