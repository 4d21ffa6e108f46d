package vn.reportbot.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code reportbot.admin.username} and {@code .password}; without a password one is generated and logged. */
@ConfigurationProperties("reportbot.admin")
record AdminProperties(@DefaultValue("admin") String username, String password) {
}
