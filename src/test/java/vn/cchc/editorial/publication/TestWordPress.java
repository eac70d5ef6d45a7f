package vn.cchc.editorial.publication;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real WordPress for the tests, made by deploy/wordpress/test-wordpress.sh on a free localhost port with a
 * database of its own, once for the JVM and dropped when it ends (Maven profile {@code wordpress}). The tests
 * take it down and bring it up again, and read what it holds through its own REST API.
 */
final class TestWordPress {

    static final Path SCRIPT = Path.of("deploy/wordpress/test-wordpress.sh");
    static final Path STATE = Path.of("target/wordpress");
    private static final Map<String, String> SITE = start();
    private static final RestClient API = RestClient.builder().baseUrl(url())
            .defaultHeaders(h -> h.setBasicAuth(user(), applicationPassword(), StandardCharsets.UTF_8))
            .build();

    private TestWordPress() {
    }

    private static Map<String, String> start() {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> site = new LinkedHashMap<>();
        for (String line : run("start", String.valueOf(port), STATE.toString()).split("\n")) {
            int equals = line.indexOf('=');
            if (line.startsWith("WORDPRESS_") && equals > 0) {
                site.put(line.substring(0, equals), line.substring(equals + 1).trim());
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> run("stop", STATE.toString())));
        return site;
    }

    private static String run(String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = SCRIPT.toAbsolutePath().toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(SCRIPT + " " + String.join(" ", arguments) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String url() {
        return SITE.get("WORDPRESS_URL");
    }

    static String user() {
        return SITE.get("WORDPRESS_USER");
    }

    static String applicationPassword() {
        return SITE.get("WORDPRESS_APPLICATION_PASSWORD");
    }

    /** Stops WordPress's web server: every request is refused until {@link #up()}. */
    static void down() {
        run("down", STATE.toString());
    }

    static void up() {
        run("up", STATE.toString());
    }

    /** The posts with this slug, in any state, as an editor sees them (raw title and content). */
    static JsonNode postsWithSlug(String slug) {
        return API.get().uri(b -> b.path("/index.php").queryParam("rest_route", WordPressPortalPublisher.POSTS)
                .queryParam("slug", slug).queryParam("status", "any").queryParam("context", "edit").build())
                .retrieve().body(JsonNode.class);
    }

    /** The media with this slug, as the site lists them. */
    static JsonNode mediaWithSlug(String slug) {
        return API.get().uri(b -> b.path("/index.php").queryParam("rest_route", WordPressPortalPublisher.MEDIA)
                .queryParam("slug", slug).build())
                .retrieve().body(JsonNode.class);
    }

    /** What the site serves at this address, anonymously, as a visitor gets it. */
    static byte[] fetched(String url) {
        return RestClient.create().get().uri(java.net.URI.create(url)).retrieve().body(byte[].class);
    }

    static JsonNode category(long id) {
        return API.get().uri(b -> b.path("/index.php").queryParam("rest_route", WordPressPortalPublisher.CATEGORIES + "/" + id).build())
                .retrieve().body(JsonNode.class);
    }

    static JsonNode categories() {
        return API.get().uri(b -> b.path("/index.php").queryParam("rest_route", WordPressPortalPublisher.CATEGORIES)
                .queryParam("per_page", 100).build())
                .retrieve().body(JsonNode.class);
    }

    /** Points the application at this WordPress. */
    static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "cchc.publication.department-portal-publisher=wordpress",
                    "cchc.publication.wordpress.base-url=" + url(),
                    "cchc.publication.wordpress.username=" + user(),
                    "cchc.publication.wordpress.application-password=" + applicationPassword());
        }
    }
}
