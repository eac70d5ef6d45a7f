package vn.cchc.editorial.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies larger than cchc.http.max-request-size with 413 before anything reads them, so
 * a huge or endless body cannot exhaust memory, whether it announces its length or comes chunked. The
 * largest legitimate body is an item of 200 KB of content, a few times that once JSON-escaped. A JSON
 * body that is just "null" is refused with 400: the engine's REST API would fail on it with a 500.
 * A Word document sent as the body ({@value #DOCX}: the corrected periodic report) may be up to
 * cchc.http.max-upload-size instead; it is passed on unread, and its reader stops at that size. A
 * multipart form (the same document uploaded from the dashboard's page) is limited by the container
 * (spring.servlet.multipart.*).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

    static final String TOO_LARGE = "Yêu cầu quá lớn: tối đa %d KB. Nội dung một tin bài không được vượt quá 200 KB.";
    static final String NULL_BODY = "Nội dung yêu cầu không được là null: hãy gửi một đối tượng JSON.";

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String UPLOAD_TOO_LARGE = "Tệp quá lớn: tối đa %d MB.";

    private final long maxBytes;
    private final long maxUploadBytes;
    private final ObjectMapper json;

    RequestBodyLimit(@Value("${cchc.http.max-request-size}") DataSize maxRequestSize,
                     @Value("${cchc.http.max-upload-size}") DataSize maxUploadSize, ObjectMapper json) {
        this.json = json;
        this.maxBytes = maxRequestSize.toBytes();
        this.maxUploadBytes = maxUploadSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (isDocument(request)) {
            if (length > maxUploadBytes) {
                refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        UPLOAD_TOO_LARGE.formatted(maxUploadBytes / (1024 * 1024)));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (isMultipart(request)) {
            // a file sent through a page's form (the corrected periodic report): the container reads it and
            // limits it (spring.servlet.multipart.*), ApiAuthenticationFilter answers what it refuses
            chain.doFilter(request, response);
            return;
        }
        if (length > maxBytes) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE.formatted(maxBytes / 1024));
            return;
        }
        if (length == 0 || !hasBody(request) || isFormOrUpload(request)) {
            // form posts and uploads are read by the container itself, which limits them (server.tomcat.*)
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE.formatted(maxBytes / 1024));
            return;
        }
        if (isJson(request) && new String(body, StandardCharsets.UTF_8).strip().equals("null")) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, NULL_BODY);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isFormOrUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/"));
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.startsWith("multipart/");
    }

    private static boolean isDocument(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.startsWith(DOCX);
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.contains("json");
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while (out.size() < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()))) != -1) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * The refusal in the format of the API asked: under /api the problem details every refusal there has
     * ({@code detail} and {@code message}, docs/api.md; written by the application's Jackson, as Spring MVC writes
     * them), elsewhere the engine's REST API's own {@code {"type", "message"}}.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), message);
            problem.setProperty("message", message);
            problem.setInstance(URI.create(request.getRequestURI()));
            // UTF-8 by definition: no charset parameter, the bytes written as such
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(problem));
        } else {
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(json.writeValueAsBytes(json.createObjectNode().put("type", "RequestRefused").put("message", message)));
        }
    }

    /** The request with its body already read into memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
