package vn.reportbot.notify;

import vn.reportbot.system.SettingsException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.reportbot.embedded.EmbeddedMailServer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NotifyProperties.class, AnnouncementProperties.class})
class NotifyConfiguration {

    /**
     * Outgoing SMTP from Spring Boot's own {@code spring.mail.*} keys; without {@code spring.mail.host},
     * the embedded server's SMTP port on 127.0.0.1.
     */
    @Bean
    JavaMailSenderImpl mailSender(Environment environment, ObjectProvider<EmbeddedMailServer> embedded) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setDefaultEncoding("UTF-8");
        String host = environment.getProperty("spring.mail.host");
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.writetimeout", "30000");
        if (host == null || host.isBlank()) {
            EmbeddedMailServer server = embedded.getIfAvailable();
            if (server == null && environment.getProperty("reportbot.cli", Boolean.class, false)) {
                return sender; // a command that sends no mail
            }
            if (server == null) {
                throw new SettingsException("spring.mail.host is not set and the embedded mail server is off:"
                        + " set spring.mail.host (and .port, .username, .password) for outgoing mail");
            }
            sender.setHost("127.0.0.1");
            sender.setPort(server.smtpPort());
        } else {
            sender.setHost(host);
            sender.setPort(environment.getProperty("spring.mail.port", Integer.class, 25));
            sender.setUsername(environment.getProperty("spring.mail.username"));
            sender.setPassword(environment.getProperty("spring.mail.password"));
            String protocol = environment.getProperty("spring.mail.protocol");
            if (protocol != null) {
                sender.setProtocol(protocol);
            }
        }
        Map<String, String> extra = Binder.get(environment)
                .bind("spring.mail.properties", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        properties.putAll(extra);
        sender.setJavaMailProperties(vn.reportbot.system.PromptSockets.applyTo(properties, "smtp", "smtps"));
        return sender;
    }

    @Bean
    OutboxMetrics outboxMetrics(Outbox outbox) {
        return new OutboxMetrics(outbox);
    }

    /**
     * The {@code outbox} component of {@code /actuator/health}: mails waiting, mails {@code FAILED} and
     * {@code INTERRUPTED}, and the latest of those with its reason. Failed mails are for the staff to see; they do not
     * make the service DOWN.
     */
    @Bean
    HealthIndicator outboxHealthIndicator(Outbox outbox) {
        return () -> {
            Outbox.Failures failures = outbox.failureSummary();
            Health.Builder health = Health.up().withDetail("waiting", outbox.waitingCount())
                    .withDetail("failed", failures.failed()).withDetail("interrupted", failures.interrupted());
            failures.latest().ifPresent(mail -> {
                Map<String, String> latest = new LinkedHashMap<>();
                latest.put("mail", mail.dedupeKey());
                latest.put("status", mail.status());
                latest.put("at", String.valueOf(mail.at()));
                latest.put("reason", String.valueOf(mail.reason()));
                health.withDetail("latestFailure", latest);
            });
            return health.build();
        };
    }
}
