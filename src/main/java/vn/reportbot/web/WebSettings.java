package vn.reportbot.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The web module's settings ({@link WebProperties}), bound whether or not the application serves pages: the REST
 * controllers read their limits from them, also in a run without a web server (the {@code bench} command).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
class WebSettings {
}
