package vn.reportbot.mailbox;

import vn.reportbot.system.SettingsException;
import java.time.Clock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.embedded.EmbeddedMailProperties;
import vn.reportbot.embedded.EmbeddedMailServer;
import vn.reportbot.report.ReportProcessor;
import vn.reportbot.system.JobRunner;
import vn.reportbot.system.Leases;
import vn.reportbot.notify.OutboxSender;
import vn.reportbot.system.SystemProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MailboxConfiguration.MailboxesProperties.class, MailboxSettings.class})
class MailboxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailboxConfiguration.class);

    /** {@code reportbot.mailboxes.<office-id>.url}: each office's IMAP mailbox. */
    @ConfigurationProperties("reportbot")
    record MailboxesProperties(Map<String, MailboxSetting> mailboxes) {
        MailboxesProperties {
            mailboxes = mailboxes == null ? Map.of() : Map.copyOf(mailboxes);
        }
    }

    /** One office's mailbox setting: its URL and, for Gmail or Microsoft 365, its OAuth2 client. */
    record MailboxSetting(String url, OAuth2Settings oauth2) {
    }

    @Bean
    PollJob pollJob(MailboxesProperties properties, Directory directory, ObjectProvider<EmbeddedMailServer> embedded,
                    EmbeddedMailProperties embeddedProperties, SystemProperties system, MailboxStateStore states,
                    AttemptStore attempts, MailboxSettings settings, ReportProcessor processor, OutboxSender outbox, Clock clock,
                    MailboxPollTimes pollTimes, ObjectProvider<MeterRegistry> meters, Leases leases,
                    org.springframework.transaction.PlatformTransactionManager transactions,
                    @org.springframework.beans.factory.annotation.Value("${reportbot.cli:false}") boolean cli) {
        for (String officeId : properties.mailboxes().keySet()) {
            if (directory.office(officeId).isEmpty()) {
                throw new SettingsException("reportbot.mailboxes." + officeId + ": no office '" + officeId
                        + "' in the directory; offices: " + String.join(", ", directory.offices().stream().map(Office::id).toList()));
            }
        }
        RawMessageStore rawStore = new RawMessageStore(system.dataDir());
        MailboxMetrics metrics = new MailboxMetrics(meters.getIfAvailable(SimpleMeterRegistry::new), pollTimes, clock);
        Map<String, MailboxPoller> pollers = new LinkedHashMap<>();
        EmbeddedMailServer server = embedded.getIfAvailable();
        for (Office office : directory.offices()) {
            MailboxSetting setting = properties.mailboxes().get(office.id());
            MailboxEndpoint endpoint;
            if (setting != null && setting.url() != null && !setting.url().isBlank()) {
                OAuth2TokenSource tokens = setting.oauth2() == null ? null
                        : new OAuth2TokenSource(setting.oauth2().resolved(office.id()), clock);
                endpoint = MailboxEndpoint.parse(office.id(), setting.url(), tokens);
            } else if (server != null) {
                endpoint = MailboxEndpoint.parse(office.id(), "imap://" + enc(office.mailbox()) + ":"
                        + enc(embeddedProperties.password()) + "@127.0.0.1:" + server.imapPort() + "/INBOX");
            } else {
                if (!cli) {
                    log.warn("Office {} has no mailbox configured (reportbot.mailboxes.{}.url): its reports are not read",
                            office.id(), office.id());
                }
                continue;
            }
            settings.checkAgainst(endpoint);
            if (endpoint.tls() == MailboxEndpoint.Tls.STARTTLS_IF_OFFERED) {
                log.warn("reportbot.mailboxes.{}.url: imap:// to {} uses STARTTLS only if the server offers it; add"
                        + " ?starttls=true (or use imaps://) so that the password never travels in clear", office.id(), endpoint.host());
            }
            pollers.put(office.id(), new MailboxPoller(endpoint, rawStore, states, attempts, processor, settings, clock, metrics,
                    new TransactionTemplate(transactions)));
        }
        metrics.register(pollers.keySet());
        return new PollJob(pollers, outbox, leases);
    }

    @Bean
    @ConditionalOnProperty(name = "reportbot.cli", havingValue = "false", matchIfMissing = true)
    @ConditionalOnBooleanProperty(name = "reportbot.mailbox.idle", matchIfMissing = true)
    MailboxWatchers mailboxWatchers(PollJob pollJob, JobRunner runner, MailboxSettings settings, Clock clock,
                                    Leases leases) {
        return new MailboxWatchers(pollJob, runner, settings, clock, leases.ttl().dividedBy(4));
    }

    @Bean
    HealthIndicator mailboxesHealthIndicator(PollJob pollJob, ObjectProvider<MailboxWatchers> watchers) {
        return () -> {
            Health.Builder health = Health.up();
            MailboxWatchers idle = watchers.getIfAvailable();
            for (MailboxPoller poller : pollJob.pollers()) {
                MailboxPoller.PollStatus status = poller.status();
                Optional<MailboxWatcher.WatchStatus> watch = idle == null ? Optional.empty()
                        : idle.watcher(poller.endpoint().officeId()).map(MailboxWatcher::status);
                boolean up = status.up() && watch.map(w -> !w.down()).orElse(true);
                if (!up) {
                    health.down();
                }
                Map<String, String> detail = new LinkedHashMap<>();
                detail.put("mailbox", poller.endpoint().display());
                detail.put("status", up ? "UP" : "DOWN");
                detail.put("lastPoll", String.valueOf(status.at()));
                detail.put("detail", status.detail());
                detail.put("idle", watch.map(MailboxWatcher.WatchStatus::state).orElse(idle != null
                        && idle.watchedElsewhere(poller.endpoint().officeId()) ? "watched by another instance" : "off"));
                health.withDetail(poller.endpoint().officeId(), detail);
            }
            return health.build();
        };
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
