package vn.cchc.editorial.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * cchc.publication.wordpress.*: the department's WordPress site and the account that posts to it, with an
 * application password (Users → Profile → Application Passwords). Read only when
 * cchc.publication.department-portal-publisher=wordpress; docs/publication.md says how to connect a site.
 */
@Validated
@ConfigurationProperties("cchc.publication.wordpress")
public record WordPressProperties(
        @NotNull URI baseUrl,
        @NotBlank String username,
        @NotBlank String applicationPassword,
        @NotBlank String slugPrefix,
        Duration connectTimeout,
        Duration readTimeout) {

    public WordPressProperties {
        slugPrefix = slugPrefix == null ? "cchc" : slugPrefix;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
    }
}
