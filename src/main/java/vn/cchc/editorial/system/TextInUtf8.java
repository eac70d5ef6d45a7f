package vn.cchc.editorial.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * Every text answer in UTF-8, and a binary one with its type alone (docs/api.md, "Types and character sets"). The
 * request's encoding is forced (server.servlet.encoding.force-request), the response's is not: a forced response
 * charset is written onto every Content-Type, a picture's and a .docx's included ({@code image/png;charset=UTF-8}).
 * Instead:
 * <ul>
 *   <li>the servlet context's default response encoding is UTF-8, which the container gives an answer written as text
 *       (through its writer: Camunda's webapp pages, the error page), never one written as bytes (a file, a report);</li>
 *   <li>the static scripts and styles (ours, Tasklist's, Cockpit's, Admin's), served as bytes, are typed with their
 *       charset by the container's MIME mappings;</li>
 *   <li>Spring MVC's converters and Thymeleaf name UTF-8 themselves.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class TextInUtf8 {

    private static final Map<String, String> STATIC_TEXT = Map.of("js", "text/javascript", "mjs", "text/javascript",
            "css", "text/css", "html", "text/html", "txt", "text/plain", "svg", "image/svg+xml");

    @Bean
    ServletContextInitializer defaultResponseEncoding(@Value("${server.servlet.encoding.charset}") String charset) {
        return servletContext -> servletContext.setResponseCharacterEncoding(charset);
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> staticTextWithItsCharset(
            @Value("${server.servlet.encoding.charset}") String charset) {
        return factory -> {
            MimeMappings mappings = new MimeMappings(MimeMappings.DEFAULT);
            STATIC_TEXT.forEach((extension, type) -> mappings.add(extension, type + ";charset=" + charset));
            factory.setMimeMappings(mappings);
        };
    }
}
