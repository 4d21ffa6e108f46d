package vn.reportbot.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.nio.file.Path;

import vn.reportbot.system.Leases;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectoryConfiguration.DirectoryProperties.class)
class DirectoryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DirectoryConfiguration.class);

    /**
     * {@code reportbot.directory}: the path of the directory file; {@code reportbot.directory-watch}: whether a change
     * made to it by hand is read while the service runs.
     */
    @ConfigurationProperties("reportbot")
    record DirectoryProperties(@DefaultValue("config/directory.yml") Path directory,
                               @DefaultValue("true") boolean directoryWatch) {
    }

    /** The directory as read at start-up; {@link DirectoryEditor} replaces what it holds when the file changes. */
    @Bean
    Directory directory(DirectoryProperties properties) {
        Directory directory = DirectoryLoader.load(properties.directory());
        int units = directory.offices().stream().mapToInt(o -> o.units().size()).sum();
        log.info("Directory {}: {} office(s), {} unit(s)", properties.directory(), directory.offices().size(), units);
        return directory;
    }

    @Bean
    DirectoryEditor directoryEditor(DirectoryProperties properties, Directory directory, ApplicationEventPublisher events,
                                    Leases leases) throws IOException {
        String text = Files.readString(properties.directory(), StandardCharsets.UTF_8);
        return new DirectoryEditor(properties.directory(), directory, text, events, Optional.of(leases));
    }

    @Bean
    DirectoryFileWatcher directoryFileWatcher(DirectoryProperties properties, DirectoryEditor editor) {
        return new DirectoryFileWatcher(editor, properties.directoryWatch());
    }
}
