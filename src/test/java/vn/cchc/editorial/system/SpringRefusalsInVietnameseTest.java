package vn.cchc.editorial.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.editorial.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring MVC's own refusals on /api (an unknown address, a method, a media type, a malformed parameter)
 * are problem details whose {@code detail} and {@code message} say in Vietnamese what was refused
 * (ApiRefusals), never null and never Spring's English.
 */
@ApplicationTest
class SpringRefusalsInVietnameseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1} -> {4}")
    @CsvSource(delimiter = '|', value = {
            "GET    | /api/khong-co                       | application/json | -          | 404 | Không có địa chỉ /api/khong-co.",
            "DELETE | /api/dashboard                      | application/json | -          | 405 | Địa chỉ này không nhận yêu cầu DELETE.",
            "GET    | /api/dashboard?year=hai             | application/json | -          | 400 | Tham số \"year\" có giá trị không hợp lệ: \"hai\".",
            "PUT    | /api/reports/periodic/2024-Q1/draft | application/json | text/plain | 415 | Địa chỉ này không nhận nội dung kiểu text/plain",
    })
    void aRefusalOfSpringMvcSaysInVietnameseWhatWasRefused(String method, String path, String accept, String contentType,
                                                          int status, String detail) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("vp.theodoi:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", accept + ", application/problem+json");
        if (contentType.equals("-")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString("x"));
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(status);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).startsWith(detail);
        assertThat(problem.get("message").asText()).isEqualTo(problem.get("detail").asText());
        assertThat(answer.body()).doesNotContain("Exception", "Failed to convert", "No static resource");
    }
}
