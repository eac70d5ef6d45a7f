package vn.cchc.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.http.client.ClientHttpResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/** Calls the application over HTTP as one demo user would, and never throws on a 4xx or 5xx. */
public class RestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestTemplate rest = new RestTemplate();
    private final String base;
    private final String user;

    public RestClient(int port, String user) {
        this.base = "http://localhost:" + port;
        this.user = user;
        rest.setErrorHandler(new DefaultResponseErrorHandler() {
            @Override
            public boolean hasError(ClientHttpResponse response) {
                return false;
            }
        });
    }

    public RestClient as(String otherUser) {
        return new RestClient(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), otherUser);
    }

    /** http://localhost:PORT, where this client sends its requests. */
    public String base() {
        return base;
    }

    public ResponseEntity<String> get(String path) {
        return exchange(HttpMethod.GET, path, null);
    }

    public ResponseEntity<String> post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body);
    }

    public ResponseEntity<String> exchange(HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            return rest.exchange(base + path, method, new HttpEntity<>(json, headers), String.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Uploads a file as the editor does ({@code POST /api/uploads}, multipart, the part {@code file}). */
    public ResponseEntity<String> upload(String fileName, byte[] bytes) {
        org.springframework.util.MultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("file", new org.springframework.core.io.ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange(base + "/api/uploads", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    public JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    /** Camunda REST variables: {"name": {"value": ..., "type": ...}}. */
    public static Map<String, Object> variables(Object... nameValueType) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < nameValueType.length; i += 3) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("value", nameValueType[i + 1]);
            if (nameValueType[i + 2] != null) v.put("type", nameValueType[i + 2]);
            variables.put((String) nameValueType[i], v);
        }
        return Map.of("variables", variables);
    }
}
