package vn.cchc.editorial.publication;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The external department portal of the tests: WireMock on a free localhost port, started once for the
 * JVM. By default it is a healthy portal (nothing found by key, every post answered with its address);
 * a test changes its behaviour for the idempotency key of its own item only, so other tests sharing the
 * application context are not disturbed.
 */
public final class ExternalPortalStub {

    public static final String API = "/api";
    /** Where the portal says a file sent to it is read: this, then the file's key. */
    public static final String FILES_AT = "https://cong.example.gov.vn/tep/";
    private static final int DEFAULT = 10;
    private static final int PER_ITEM = 1;
    private static final WireMockServer SERVER = start();

    private ExternalPortalStub() {
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .templatingEnabled(true).globalTemplating(false));
        server.start();
        server.stubFor(get(urlPathMatching(API + "/articles/by-key/.+")).atPriority(DEFAULT)
                .willReturn(notFound()));
        server.stubFor(post(urlPathEqualTo(API + "/articles")).atPriority(DEFAULT)
                .willReturn(created().withHeader("Content-Type", "application/json")
                        .withBody("{\"url\": \"https://cong.example.gov.vn/tin/{{jsonPath request.body '$.code'}}\"}")
                        .withTransformers("response-template")));
        server.stubFor(get(urlPathMatching(API + "/files/by-key/.+")).atPriority(DEFAULT)
                .willReturn(notFound()));
        server.stubFor(post(urlPathEqualTo(API + "/files")).atPriority(DEFAULT)
                .willReturn(created().withHeader("Content-Type", "application/json")
                        .withBody("{\"url\": \"" + FILES_AT + "{{request.headers.[" + ExternalPortalPublisher.IDEMPOTENCY_KEY + "]}}\"}")
                        .withTransformers("response-template")));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    public static WireMockServer server() {
        return SERVER;
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + SERVER.port() + API;
    }

    /** A look-up of this key, however the client encodes the colon in it. */
    public static MappingBuilder lookUp(String key) {
        String encoded = Pattern.quote(URLEncoder.encode(key, StandardCharsets.UTF_8));
        return get(urlPathMatching(API + "/articles/by-key/(" + Pattern.quote(key) + "|" + encoded + ")")).atPriority(PER_ITEM);
    }

    /** A post carrying this key. */
    public static MappingBuilder postOf(String key) {
        return post(urlPathEqualTo(API + "/articles")).withHeader(ExternalPortalPublisher.IDEMPOTENCY_KEY, equalTo(key))
                .atPriority(PER_ITEM);
    }

    public static List<LoggedRequest> postsOf(String key) {
        return SERVER.findAll(postRequestedFor(urlPathEqualTo(API + "/articles"))
                .withHeader(ExternalPortalPublisher.IDEMPOTENCY_KEY, equalTo(key)));
    }

    /** The files sent under this key (an upload's token). */
    public static List<LoggedRequest> filesSentAs(String key) {
        return SERVER.findAll(postRequestedFor(urlPathEqualTo(API + "/files"))
                .withHeader(ExternalPortalPublisher.IDEMPOTENCY_KEY, equalTo(key)));
    }

    public static List<LoggedRequest> lookUpsOf(String key) {
        String encoded = Pattern.quote(URLEncoder.encode(key, StandardCharsets.UTF_8));
        return SERVER.findAll(getRequestedFor(urlPathMatching(API + "/articles/by-key/(" + Pattern.quote(key) + "|" + encoded + ")")));
    }

    /** Points the application at this portal: registered by the shared test annotation. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "cchc.publication.department-portal-publisher=external",
                    "cchc.publication.external.base-url=" + baseUrl(),
                    "cchc.publication.external.username=cchc-editorial",
                    "cchc.publication.external.password=test");
        }
    }
}
