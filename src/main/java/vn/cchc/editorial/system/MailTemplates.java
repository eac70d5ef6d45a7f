package vn.cchc.editorial.system;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The e-mails' texts, from Thymeleaf templates in {@code templates/mail/}: for a template {@code NAME},
 * {@code NAME-subject.txt} (one line), {@code NAME.txt} (the plain-text part) and {@code NAME.html}
 * (the HTML part, which includes {@code layout.html}); their sentences may come from
 * {@code templates/mail/messages.properties} ({@code #messages}). An engine of its own, apart from the pages' engine,
 * because the text templates are in Thymeleaf's TEXT mode.
 */
@Component
public class MailTemplates {

    /** An e-mail's subject and both its parts. */
    public record Rendered(String subject, String text, String html) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public MailTemplates() {
        ResourceBundleMessageSource sentences = new ResourceBundleMessageSource();
        sentences.setBasename("templates/mail/messages");
        sentences.setDefaultEncoding(StandardCharsets.UTF_8.name());
        sentences.setFallbackToSystemLocale(false);
        engine.setTemplateEngineMessageSource(sentences);
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, Set.of("*.txt"), 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, Set.of("*.html"), 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, Set<String> patterns, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(patterns);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    public Rendered render(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.forLanguageTag("vi"), variables);
        String subject = engine.process(template + "-subject.txt", context).strip().replaceAll("\\s+", " ");
        return new Rendered(subject, engine.process(template + ".txt", context), engine.process(template + ".html", context));
    }
}
