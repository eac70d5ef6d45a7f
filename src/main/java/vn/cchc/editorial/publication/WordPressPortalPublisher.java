package vn.cchc.editorial.publication;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriBuilder;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.article.ContentRules;
import vn.cchc.editorial.article.ItemFile;
import vn.cchc.editorial.article.ItemFiles;
import vn.cchc.editorial.article.ContentSanitizer;
import vn.cchc.editorial.article.InputText;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Posts approved items to the department's own WordPress site through its REST API
 * ({@code index.php?rest_route=/wp/v2/...}, which works whatever the site's permalink settings), logged in with an
 * application password (docs/publication.md). Safe to retry: a post's slug carries the item's idempotency key, and
 * the publisher first looks for a post with that slug, so a job retried after a post that succeeded never posts
 * twice. The item's topic is the post's category, found by its name or created. The pictures and documents uploaded
 * with the item that its content uses go to the site's media library first (one medium per file, found again by a
 * slug made of the file's token, so a retry uploads nothing twice), and the content points to them there.
 * <p>
 * Every answer must be JSON from the site itself: a redirect is never followed (its credentials would go along
 * to wherever it points), and an answer that is not JSON, or a post without an http(s) link, is a failure, so the
 * job is retried and nothing is stored as published.
 */
@Component
@ConditionalOnProperty(name = "cchc.publication.department-portal-publisher", havingValue = "wordpress")
@EnableConfigurationProperties(WordPressProperties.class)
public class WordPressPortalPublisher implements PortalPublisher {

    static final String POSTS = "/wp/v2/posts";
    static final String CATEGORIES = "/wp/v2/categories";
    static final String MEDIA = "/wp/v2/media";
    /** The heading of the item's links under its text, as the built-in portal's item page has it. */
    static final String LINKS_HEADING = "Liên kết kèm theo";

    private static final Logger log = LoggerFactory.getLogger(WordPressPortalPublisher.class);

    private final RestClient wordpress;
    private final String slugPrefix;
    private final ItemFiles files;

    public WordPressPortalPublisher(WordPressProperties properties, ItemFiles files) {
        ClientHttpRequestFactorySettings settings = ClientHttpRequestFactorySettings.defaults()
                .withTimeouts(properties.connectTimeout(), properties.readTimeout())
                .withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
        this.wordpress = RestClient.builder()
                .baseUrl(properties.baseUrl().toString())
                .requestFactory(ClientHttpRequestFactoryBuilder.simple().build(settings))
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
                .defaultHeaders(h -> h.setBasicAuth(properties.username(), properties.applicationPassword(), StandardCharsets.UTF_8))
                .build();
        this.slugPrefix = slugPart(properties.slugPrefix());
        this.files = files;
    }

    @Override
    public String publish(Article article, String idempotencyKey) {
        String slug = slugOf(idempotencyKey);
        Optional<JsonNode> earlier = postWithSlug(slug);
        if (earlier.isPresent()) {
            String link = linkOf(earlier.get(), slug);
            log.info("{} is already on WordPress under slug {}: {}", article.getCode(), slug, link);
            return link;
        }
        String content = ContentRules.withFilesAt(contentOf(article), token -> mediumOf(article, token));
        long category = categoryNamed(article.getTopic().label());
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("title", HtmlUtils.htmlEscape(article.getTitle(), StandardCharsets.UTF_8.name()));
        post.put("excerpt", HtmlUtils.htmlEscape(article.getSummary(), StandardCharsets.UTF_8.name()));
        post.put("content", content);
        post.put("status", "publish");
        post.put("slug", slug);
        post.put("categories", List.of(category));
        JsonNode created = call(wordpress.post().uri(route(POSTS)).contentType(MediaType.APPLICATION_JSON).body(post),
                "the post of " + slug);
        String link = linkOf(created, slug);
        log.info("{} posted on WordPress under slug {}: {}", article.getCode(), slug, link);
        return link;
    }

    /** The post's slug: the idempotency key in the letters a slug keeps, e.g. cchc-42-department-portal. */
    String slugOf(String idempotencyKey) {
        return slugPrefix + "-" + slugPart(idempotencyKey);
    }

    private static String slugPart(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The slug of an uploaded file's medium: e.g. cchc-tep-0b5e…-…, the token being a UUID. */
    String mediaSlugOf(String token) {
        return slugPrefix + "-tep-" + slugPart(token);
    }

    /** The source_url of the file's medium: the one an earlier try uploaded, or a new one. */
    private String mediumOf(Article article, String token) {
        ItemFile file = files.attached(token).filter(f -> Objects.equals(f.getArticleId(), article.getId()))
                .orElseThrow(() -> new WordPressException("%s's content uses the file %s, which is not among the item's files"
                        .formatted(article.getCode(), token)));
        String slug = mediaSlugOf(token);
        JsonNode found = call(wordpress.get().uri(route(MEDIA, b -> b
                .queryParam("slug", slug).queryParam("_fields", "id,slug,source_url"))), "the look-up of medium " + slug);
        if (found.isArray() && !found.isEmpty()) {
            return sourceOf(found.get(0), slug);
        }
        String fileName = slug + file.getFileName().substring(file.getFileName().lastIndexOf('.')).toLowerCase(Locale.ROOT);
        JsonNode created = call(wordpress.post().uri(route(MEDIA, b -> b.queryParam("slug", slug)))
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(file.getData()), "the upload of medium " + slug);
        String source = sourceOf(created, slug);
        log.info("{}'s file \"{}\" uploaded to WordPress's media: {}", article.getCode(), file.getFileName(), source);
        return source;
    }

    private static String sourceOf(JsonNode medium, String slug) {
        String source = medium.path("source_url").asText(null);
        if (!InputText.isWebAddress(source)) {
            throw new WordPressException("WordPress's medium %s has no http(s) source_url: %s".formatted(slug, abridged(medium)));
        }
        return source;
    }

    /** A post with this slug in any state (published, draft, pending…), the trash aside. */
    private Optional<JsonNode> postWithSlug(String slug) {
        JsonNode found = call(wordpress.get().uri(route(POSTS, b -> b
                .queryParam("slug", slug).queryParam("status", "any").queryParam("_fields", "id,slug,status,link"))),
                "the look-up of " + slug);
        if (!found.isArray()) {
            throw new WordPressException("the look-up of %s answered no list: %s".formatted(slug, abridged(found)));
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The id of the category with exactly this name, created when there is none. */
    private long categoryNamed(String name) {
        JsonNode found = call(wordpress.get().uri(route(CATEGORIES, b -> b
                .queryParam("search", name).queryParam("per_page", 100).queryParam("_fields", "id,name"))),
                "the look-up of category " + name);
        for (JsonNode category : found) {
            // WordPress keeps & < > in a term's name as entities
            if (name.equals(HtmlUtils.htmlUnescape(category.path("name").asText()))) {
                return idOf(category, name);
            }
        }
        JsonNode created = call(wordpress.post().uri(route(CATEGORIES)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", name)), "the creation of category " + name);
        log.info("WordPress category created: {}", name);
        return idOf(created, name);
    }

    private static long idOf(JsonNode category, String name) {
        if (!category.path("id").canConvertToLong()) {
            throw new WordPressException("WordPress's category %s has no id: %s".formatted(name, abridged(category)));
        }
        return category.path("id").asLong();
    }

    /** The item's sanitized text, its links under it. */
    private static String contentOf(Article article) {
        StringBuilder html = new StringBuilder(article.getContent());
        List<String> links = article.getLinkList();
        if (!links.isEmpty()) {
            html.append("<h2>").append(LINKS_HEADING).append("</h2><ul>");
            for (String link : links) {
                String escaped = HtmlUtils.htmlEscape(link, StandardCharsets.UTF_8.name());
                html.append("<li><a href=\"").append(escaped).append("\">").append(escaped).append("</a></li>");
            }
            html.append("</ul>");
        }
        return ContentSanitizer.sanitize(html.toString());
    }

    private static String linkOf(JsonNode post, String slug) {
        String link = post.path("link").asText(null);
        if (!InputText.isWebAddress(link)) {
            throw new WordPressException("WordPress's post %s has no http(s) link: %s".formatted(slug, abridged(post)));
        }
        if (!"publish".equals(post.path("status").asText("publish"))) {
            throw new WordPressException("WordPress's post %s is %s, not published: publish or delete it in WordPress"
                    .formatted(slug, post.path("status").asText()));
        }
        return link;
    }

    /** The site's REST route, whatever its permalink settings: index.php?rest_route=/wp/v2/... */
    private static Function<UriBuilder, URI> route(String route) {
        return route(route, b -> b);
    }

    private static Function<UriBuilder, URI> route(String route, Function<UriBuilder, UriBuilder> query) {
        return b -> query.apply(b.path("/index.php").queryParam("rest_route", route)).build();
    }

    /** The JSON answer of a 2xx; any other status, a redirect included, or an answer that is not JSON fails. */
    private static JsonNode call(RestClient.RequestHeadersSpec<?> request, String what) {
        try {
            return request.exchange((req, response) -> {
                if (response.getStatusCode().is3xxRedirection()) {
                    throw new WordPressException("%s was redirected to %s: the site's address is not its own"
                            .formatted(what, response.getHeaders().getLocation()));
                }
                if (!response.getStatusCode().is2xxSuccessful()) {
                    throw new WordPressException("%s answered %s".formatted(what, response.getStatusCode()));
                }
                JsonNode body = response.bodyTo(JsonNode.class);
                if (body == null) {
                    throw new WordPressException("%s answered nothing".formatted(what));
                }
                return body;
            });
        } catch (WordPressException e) {
            throw e;
        } catch (RestClientException e) {
            throw new WordPressException("%s failed or answered no JSON: %s".formatted(what, e.getMessage()));
        }
    }

    private static String abridged(JsonNode answer) {
        String text = String.valueOf(answer);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** WordPress answered what this publisher cannot trust; the job fails and is retried. */
    static class WordPressException extends RuntimeException {
        WordPressException(String message) {
            super(message);
        }
    }
}
