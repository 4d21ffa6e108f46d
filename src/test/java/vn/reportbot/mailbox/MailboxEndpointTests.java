package vn.reportbot.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import vn.reportbot.system.SettingsException;

class MailboxEndpointTests {

    private static Properties session(String url) {
        return MailboxEndpoint.parse("o", url).sessionProperties(Duration.ofSeconds(60));
    }

    @Test
    void imapsIsTlsFromTheStartAndChecksTheServerName() {
        MailboxEndpoint endpoint = MailboxEndpoint.parse("o", "imaps://u%40x.vn:p%3Aw@imap.x.vn/Reports");
        assertThat(endpoint.tls()).isEqualTo(MailboxEndpoint.Tls.IMPLICIT);
        assertThat(endpoint.port()).isEqualTo(993);
        assertThat(endpoint.user()).isEqualTo("u@x.vn");
        assertThat(endpoint.password()).isEqualTo("p:w");
        assertThat(endpoint.folder()).isEqualTo("Reports");
        assertThat(session("imaps://u:p@imap.x.vn")).containsEntry("mail.imaps.ssl.checkserveridentity", "true");
    }

    @Test
    void starttlsTrueRequiresStarttls() {
        assertThat(session("imap://u:p@imap.x.vn?starttls=true")).containsEntry("mail.imap.starttls.enable", "true")
                .containsEntry("mail.imap.starttls.required", "true");
    }

    @Test
    void plainImapToAnotherHostUsesStarttlsWhenOffered() {
        Properties p = session("imap://u:p@imap.x.vn:143/INBOX");
        assertThat(p).containsEntry("mail.imap.starttls.enable", "true").doesNotContainKey("mail.imap.starttls.required");
    }

    @Test
    void plainImapToLoopbackStaysPlain() {
        assertThat(MailboxEndpoint.parse("o", "imap://u:p@127.0.0.1:3143/INBOX").tls()).isEqualTo(MailboxEndpoint.Tls.NONE);
        assertThat(MailboxEndpoint.parse("o", "imap://u:p@localhost/INBOX").tls()).isEqualTo(MailboxEndpoint.Tls.NONE);
        assertThat(session("imap://u:p@127.0.0.1:3143")).doesNotContainKey("mail.imap.starttls.enable");
    }

    @Test
    void starttlsFalseNeverUsesIt() {
        MailboxEndpoint endpoint = MailboxEndpoint.parse("o", "imap://u:p@imap.x.vn?starttls=false");
        assertThat(endpoint.tls()).isEqualTo(MailboxEndpoint.Tls.NONE);
        assertThat(endpoint.display()).isEqualTo("imap://u@imap.x.vn:143/INBOX?starttls=false");
    }

    @Test
    void anUnknownParameterOrStarttlsOnImapsIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> MailboxEndpoint.parse("o", "imap://u:p@h?tls=yes")).isInstanceOf(SettingsException.class)
                .hasMessageContaining("reportbot.mailboxes.o.url").hasMessageContaining("starttls=true");
        assertThatThrownBy(() -> MailboxEndpoint.parse("o", "imaps://u:p@h?starttls=true"))
                .isInstanceOf(SettingsException.class).hasMessageContaining("TLS from the start");
    }

    @Test
    void badMailboxSettingsAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> new MailboxSettings("", 0, true, null, null, null))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("reportbot.mailbox.max-attempts");
        assertThatThrownBy(() -> new MailboxSettings("", 3, true, Duration.ofSeconds(10), Duration.ofSeconds(1), null))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("reportbot.mailbox.reconnect-max");
        assertThatThrownBy(() -> new MailboxSettings("", 3, true, null, null, Duration.ofMinutes(45)))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("reportbot.mailbox.idle-recheck");
        MailboxSettings settings = new MailboxSettings("INBOX", null, null, null, null, null);
        assertThatThrownBy(() -> settings.checkAgainst(MailboxEndpoint.parse("o", "imap://u:p@127.0.0.1/INBOX")))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("reportbot.mailbox.processed-folder");
    }

    @Test
    void unsetMailboxSettingsMeanNoProcessedFolderThreeAttemptsIdleReconnectingAfterOneSecondUpToFiveMinutesAndAMinuteOfIdle() {
        MailboxSettings unset = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("reportbot.mailbox", MailboxSettings.class);
        assertThat(unset).isEqualTo(new MailboxSettings("", 3, true, Duration.ofSeconds(1), Duration.ofMinutes(5),
                Duration.ofMinutes(1)));
        assertThat(unset.movesProcessed()).isFalse();
    }

    @Test
    void reconnectWaitsDoubleUpToTheCapAndStartAgainAfterASuccess() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5));
        assertThat(new Duration[] {backoff.next(), backoff.next(), backoff.next(), backoff.next(), backoff.next()})
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5),
                        Duration.ofSeconds(5));
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
    }
}
