package vn.reportbot.templates;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TemplatesConfiguration.TemplatesProperties.class)
class TemplatesConfiguration {

    /** {@code reportbot.templates}: the folder of the templates admins edit. */
    @ConfigurationProperties("reportbot")
    record TemplatesProperties(@DefaultValue("templates") Path templates) {
    }

    @Bean
    TemplateRenderer templateRenderer(TemplatesProperties properties) {
        return new TemplateRenderer(properties.templates());
    }
}
