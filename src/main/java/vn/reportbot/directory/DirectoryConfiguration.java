package vn.reportbot.directory;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectoryConfiguration.DirectoryProperties.class)
class DirectoryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DirectoryConfiguration.class);

    /** {@code reportbot.directory}: the path of the directory file. */
    @ConfigurationProperties("reportbot")
    record DirectoryProperties(@DefaultValue("config/directory.yml") Path directory) {
    }

    @Bean
    Directory directory(DirectoryProperties properties) {
        Directory directory = DirectoryLoader.load(properties.directory());
        int units = directory.offices().stream().mapToInt(o -> o.units().size()).sum();
        log.info("Directory {}: {} office(s), {} unit(s)", properties.directory(), directory.offices().size(), units);
        return directory;
    }
}
