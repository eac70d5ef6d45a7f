package vn.cchc.editorial.publication;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import vn.cchc.editorial.article.Article;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The built-in portal's addresses are whole: what "Tin bài của tôi", the e-mails and the reports give a reader to open. */
class PortalAddressTest {

    @Test
    void theBuiltInPortalStoresTheItemsWholeAddressFromThePublicAddress() {
        Article article = mock(Article.class);
        when(article.getId()).thenReturn(42L);
        assertThat(new BuiltInPortalPublisher(new PortalAddress("https://stttt.soctrang.gov.vn/", "http://noi-bo:8080"))
                .publish(article, "42:DEPARTMENT_PORTAL")).isEqualTo("https://stttt.soctrang.gov.vn/portal/articles/42");
        assertThat(new BuiltInPortalPublisher(new PortalAddress("", "https://cchc.soctrang.gov.vn/"))
                .publish(article, "42:DEPARTMENT_PORTAL")).isEqualTo("https://cchc.soctrang.gov.vn/portal/articles/42");
    }

    @Test
    void anAddressStoredAsAPathIsGivenWhole() {
        PortalAddress address = new PortalAddress("https://stttt.soctrang.gov.vn", "http://localhost:8080");
        assertThat(address.absolute("/portal/articles/7")).isEqualTo("https://stttt.soctrang.gov.vn/portal/articles/7");
        assertThat(address.absolute("https://cong.example.gov.vn/tin/7")).isEqualTo("https://cong.example.gov.vn/tin/7");
        assertThat(address.absolute(null)).isNull();
    }

    @Test
    void unsetTheApplicationsAddressIsThisComputerAtThePortItRunsOn() throws IOException {
        // started as the README says, on another port: the addresses it gives must open
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))
                .forEach(environment.getPropertySources()::addLast);
        environment.getPropertySources().addFirst(new MapPropertySource("command line", Map.of("server.port", "8095")));
        assertThat(environment.getProperty("cchc.notification.base-url")).isEqualTo("http://localhost:8095");
    }
}
