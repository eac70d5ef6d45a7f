package vn.cchc.editorial.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    EditorialEnginePlugin editorialEnginePlugin() {
        return new EditorialEnginePlugin();
    }

    @Bean
    ClusterNodeName clusterNodeName(@Value("${cchc.cluster.node-name:}") String nodeName) {
        return new ClusterNodeName(nodeName);
    }
}
