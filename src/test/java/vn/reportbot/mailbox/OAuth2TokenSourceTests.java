package vn.reportbot.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.Store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;

/** Refreshing XOAUTH2 access tokens against a token endpoint on loopback, and logging in with one. */
class OAuth2TokenSourceTests {

    private HttpServer endpoint;
    private final List<String> requests = new ArrayList<>();
    private int issued;
    private volatile boolean refuse;

    @BeforeEach
    void startTokenEndpoint() throws IOException {
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(URLDecoder.decode(form, StandardCharsets.UTF_8));
            String body = refuse ? "{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}"
                    : "{\"access_token\":\"token-" + (++issued) + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(refuse ? 400 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        endpoint.start();
    }

    @AfterEach
    void stopTokenEndpoint() {
        endpoint.stop(0);
    }

    private OAuth2Settings settings() {
        return new OAuth2Settings(null, URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/token"),
                "client-1", "secret-1", "refresh-1", null).resolved("bac-ai-mttq");
    }

    @Test
    void reusesATokenUntilAMinuteBeforeItExpiresThenRefreshesIt() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        OAuth2TokenSource tokens = new OAuth2TokenSource(settings(), clock);
        assertThat(tokens.accessToken()).isEqualTo("token-1");
        clock.advance(Duration.ofMinutes(50));
        assertThat(tokens.accessToken()).isEqualTo("token-1");
        clock.advance(Duration.ofMinutes(9));
        assertThat(tokens.accessToken()).isEqualTo("token-2");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0)).contains("grant_type=refresh_token", "client_id=client-1", "client_secret=secret-1",
                "refresh_token=refresh-1");
    }

    @Test
    void aRevokedRefreshTokenIsReportedWithTheProvidersWords() {
        refuse = true;
        OAuth2TokenSource tokens = new OAuth2TokenSource(settings(), Clock.systemUTC());
        assertThatThrownBy(tokens::accessToken).isInstanceOf(IOException.class)
                .hasMessageContaining("invalid_grant").hasMessageContaining("expired or revoked").hasMessageContaining("HTTP 400");
    }

    @Test
    void providerPresetsFillTheEndpointAndMissingSecretsNameTheirKey() {
        OAuth2Settings google = new OAuth2Settings("google", null, "id", "secret", "refresh", null).resolved("x");
        assertThat(google.tokenUri()).isEqualTo(OAuth2Settings.GOOGLE);
        OAuth2Settings microsoft = new OAuth2Settings("microsoft", null, "id", "secret", "refresh", null).resolved("x");
        assertThat(microsoft.scope()).contains("IMAP.AccessAsUser.All");
        assertThatThrownBy(() -> new OAuth2Settings("google", null, "id", null, "refresh", null).resolved("bac-ai-mttq"))
                .hasMessage("reportbot.mailboxes.bac-ai-mttq.oauth2.client-secret is missing");
    }

    @Test
    void anImapServerAcceptsTheAccessTokenThroughXoauth2() throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        mail.start();
        try {
            OAuth2TokenSource tokens = new OAuth2TokenSource(settings(), Clock.systemUTC());
            String token = tokens.accessToken();
            mail.setUser("mattrabbacai@gmail.com", "mattrabbacai@gmail.com", token);
            Properties properties = new Properties();
            properties.put("mail.imap.auth.mechanisms", "XOAUTH2");
            try (Store store = Session.getInstance(properties).getStore("imap")) {
                store.connect("127.0.0.1", mail.getImap().getPort(), "mattrabbacai@gmail.com", token);
                assertThat(store.getFolder("INBOX").exists()).isTrue();
            }
        } finally {
            mail.stop();
        }
    }

    @Test
    void aMailboxWithAnOAuth2ClientLogsInWithAFreshAccessToken() throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        mail.start();
        try {
            mail.setUser("mattrabbacai@gmail.com", "mattrabbacai@gmail.com", "token-1");
            MailboxEndpoint endpoint = MailboxEndpoint.parse("bac-ai-mttq", "imap://mattrabbacai%40gmail.com@127.0.0.1:"
                    + mail.getImap().getPort() + "/INBOX", new OAuth2TokenSource(settings(), Clock.systemUTC()));
            Properties properties = endpoint.sessionProperties(Duration.ofSeconds(10));
            assertThat(properties).containsEntry("mail.imap.auth.mechanisms", "XOAUTH2");
            try (Store store = Session.getInstance(properties).getStore(endpoint.protocol())) {
                store.connect(endpoint.host(), endpoint.port(), endpoint.user(), endpoint.secret());
                assertThat(store.getFolder("INBOX").exists()).isTrue();
            }
        } finally {
            mail.stop();
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
