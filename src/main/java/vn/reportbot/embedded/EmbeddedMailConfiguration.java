package vn.reportbot.embedded;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import vn.reportbot.directory.Directory;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedMailProperties.class)
class EmbeddedMailConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedMailCondition.class)
    EmbeddedMailServer embeddedMailServer(EmbeddedMailProperties properties, Directory directory) {
        return new EmbeddedMailServer(properties, directory.allAddresses());
    }
}
