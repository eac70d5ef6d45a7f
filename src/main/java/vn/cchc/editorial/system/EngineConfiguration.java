package vn.cchc.editorial.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    EditorialEnginePlugin editorialEnginePlugin() {
        return new EditorialEnginePlugin();
    }
}
