package vn.cchc.editorial.portal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The user guide, docs/huong-dan-su-dung.md, as a page of the product at {@value #PATH} in the portal's layout,
 * public like the portal (it shows only the demo data of its screenshots). The build puts the Markdown and
 * docs/huong-dan/*.png on the classpath under {@value #CLASSPATH} (pom.xml, build-helper's add-resource); the
 * guide's relative links to its pictures ({@code huong-dan/name.png}) resolve to {@value #PATH}/name.png, served
 * from there. Rendered once, by commonmark-java, with raw HTML escaped: the guide is plain Markdown.
 */
@Controller
class GuidePage implements WebMvcConfigurer {

    static final String PATH = "/huong-dan";
    static final String CLASSPATH = "guide/";
    static final String TITLE = "Hướng dẫn sử dụng";

    private final String html;

    GuidePage() {
        try {
            String markdown = new ClassPathResource(CLASSPATH + "huong-dan-su-dung.md").getContentAsString(StandardCharsets.UTF_8);
            html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build()
                    .render(Parser.builder().build().parse(markdown));
        } catch (IOException e) {
            throw new UncheckedIOException("the user guide is not on the classpath (" + CLASSPATH + "): see pom.xml", e);
        }
    }

    @GetMapping(PATH)
    String show(Model model) {
        model.addAttribute("guide", html);
        model.addAttribute("portalTitle", TITLE);
        model.addAttribute("siteHome", PATH);
        model.addAttribute("siteTagline", "Hệ thống duyệt tin bài cải cách hành chính: từng việc của từng người");
        return "guide/page";
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "/*.png").addResourceLocations("classpath:/" + CLASSPATH + "huong-dan/");
    }
}
