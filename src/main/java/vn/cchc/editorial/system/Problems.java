package vn.cchc.editorial.system;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** Error answers of the REST API in Camunda's own shape: {"type": ..., "message": ...}. */
final class Problems {

    private Problems() {
    }

    static Response answer(Response.Status status, String type, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Map.of("type", type, "message", message == null ? status.getReasonPhrase() : message))
                .build();
    }
}
