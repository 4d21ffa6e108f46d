package vn.reportbot.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reportbot.embedded-mail.*}. {@code enabled} is null when not set: the server then runs
 * exactly when no {@code reportbot.mailboxes.<office>.url} is configured.
 */
@ConfigurationProperties("reportbot.embedded-mail")
public record EmbeddedMailProperties(Boolean enabled, @DefaultValue("3025") int smtpPort,
                                     @DefaultValue("3143") int imapPort, @DefaultValue("demo") String password) {
}
