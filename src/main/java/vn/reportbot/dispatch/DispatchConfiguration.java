package vn.reportbot.dispatch;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DispatchConfiguration.DispatchProperties.class, CadenceDefaults.class})
class DispatchConfiguration {

    /** {@code reportbot.dispatches}: the folder of dispatch files imported at start-up and when added. */
    @ConfigurationProperties("reportbot")
    record DispatchProperties(@DefaultValue("config/dispatches") Path dispatches) {
    }

    @Bean
    DispatchFolderImporter dispatchFolderImporter(DispatchProperties properties, DispatchImporter importer) {
        return new DispatchFolderImporter(properties.dispatches(), importer);
    }
}
