package vn.cchc.editorial.publication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.article.ContentRules;
import vn.cchc.editorial.article.InputText;
import vn.cchc.editorial.article.ItemFile;
import vn.cchc.editorial.article.ItemFiles;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Posts approved items to the department's own e-portal over HTTP (docs/publication.md). Safe to retry:
 * it first asks the portal whether an item is already there under the idempotency key, and sends the key
 * with the post as well, so a job retried after a post that succeeded never posts twice. The pictures and documents
 * the content uses go to the portal first, each under its token as key (looked up first, as an item is), and the
 * content sent points to the addresses the portal gives them: /api/uploads needs a login on this host, which the
 * portal's readers have not.
 */
@Component
@ConditionalOnProperty(name = "cchc.publication.department-portal-publisher", havingValue = "external")
@EnableConfigurationProperties(ExternalPortalProperties.class)
public class ExternalPortalPublisher implements PortalPublisher {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Logger log = LoggerFactory.getLogger(ExternalPortalPublisher.class);

    private final RestClient portal;
    private final ItemFiles files;

    public ExternalPortalPublisher(ExternalPortalProperties properties, ItemFiles files) {
        this.files = files;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.connectTimeout());
        requests.setReadTimeout(properties.readTimeout());
        RestClient.Builder builder = RestClient.builder()
                .baseUrl(properties.baseUrl().toString())
                .requestFactory(requests)
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
        if (properties.hasCredentials()) {
            builder.defaultHeaders(h -> h.setBasicAuth(properties.username(),
                    properties.password() == null ? "" : properties.password()));
        }
        this.portal = builder.build();
    }

    @Override
    public String publish(Article article, String idempotencyKey) {
        Optional<String> earlier = lookUp("/articles/by-key/{key}", idempotencyKey);
        if (earlier.isPresent()) {
            log.info("{} is already on the external portal under key {}: {}", article.getCode(), idempotencyKey, earlier.get());
            return earlier.get();
        }
        Map<?, ?> answer = portal.post().uri("/articles")
                .header(IDEMPOTENCY_KEY, idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body(article, ContentRules.withFilesAt(article.getContent(), token -> copyOf(article, token)), idempotencyKey))
                .retrieve()
                .body(Map.class);
        String url = urlIn(answer, idempotencyKey);
        log.info("{} posted on the external portal under key {}: {}", article.getCode(), idempotencyKey, url);
        return url;
    }

    /** The portal's address of the file: the copy an earlier try sent, or a new one. */
    private String copyOf(Article article, String token) {
        ItemFile file = files.attached(token).filter(f -> Objects.equals(f.getArticleId(), article.getId()))
                .orElseThrow(() -> new ExternalPortalException("%s's content uses the file %s, which is not among the item's files"
                        .formatted(article.getCode(), token)));
        Optional<String> earlier = lookUp("/files/by-key/{key}", token);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Map<?, ?> answer = portal.post().uri("/files")
                .header(IDEMPOTENCY_KEY, token)
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.getData())
                .retrieve()
                .body(Map.class);
        String url = urlIn(answer, token);
        log.info("{}'s file \"{}\" sent to the external portal: {}", article.getCode(), file.getFileName(), url);
        return url;
    }

    /** The address of what was posted under the key, if anything was: 404 means nothing was. */
    private Optional<String> lookUp(String path, String idempotencyKey) {
        return portal.get().uri(path, idempotencyKey)
                .exchange((request, response) -> {
                    if (response.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                        return Optional.empty();
                    }
                    if (!response.getStatusCode().is2xxSuccessful()) {
                        throw new ExternalPortalException("the look-up of key %s answered %s"
                                .formatted(idempotencyKey, response.getStatusCode()));
                    }
                    return Optional.of(urlIn(response.bodyTo(Map.class), idempotencyKey));
                });
    }

    private static Map<String, Object> body(Article article, String content, String idempotencyKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("idempotencyKey", idempotencyKey);
        body.put("code", article.getCode());
        body.put("title", article.getTitle());
        body.put("summary", article.getSummary());
        body.put("content", content);
        body.put("links", article.getLinkList());
        body.put("topic", article.getTopic().name());
        body.put("kind", article.getKind().name());
        body.put("unit", article.getUnitCode());
        return body;
    }

    private static String urlIn(Map<?, ?> answer, String idempotencyKey) {
        Object url = answer == null ? null : answer.get("url");
        if (!(url instanceof String s) || !InputText.isWebAddress(s)) {
            throw new ExternalPortalException("the portal's answer for key %s has no http(s) url: %s".formatted(idempotencyKey, answer));
        }
        return s;
    }

    /** The portal answered something this contract does not allow; the job fails and is retried. */
    static class ExternalPortalException extends RuntimeException {
        ExternalPortalException(String message) {
            super(message);
        }
    }
}
