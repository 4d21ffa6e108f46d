package vn.reportbot.embedded;

import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryChanged;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedMailProperties.class)
class EmbeddedMailConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedMailCondition.class)
    EmbeddedMailServer embeddedMailServer(EmbeddedMailProperties properties, Directory directory) {
        return new EmbeddedMailServer(properties, directory.allAddresses());
    }

    /** An address added to the directory while the service runs gets its account at once. */
    @Bean
    @Conditional(EmbeddedMailCondition.class)
    ApplicationListener<PayloadApplicationEvent<DirectoryChanged>> embeddedAccountsFollowTheDirectory(
            EmbeddedMailServer server) {
        return ApplicationListener.forPayload(changed -> server.addAccounts(changed.addresses()));
    }
}
