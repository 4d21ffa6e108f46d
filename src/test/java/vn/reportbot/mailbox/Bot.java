package vn.reportbot.mailbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.reportbot.ReportbotApplication;
import vn.reportbot.system.JobResult;
import vn.reportbot.system.JobRunner;

/**
 * The whole service, started as in production on an H2 database under a test folder, reading the mailbox of
 * {@value #OFFICE} (and no other) at an IMAP URL the test gives. No job is scheduled: a poll happens only when
 * the test runs one or an IDLE watcher does.
 */
final class Bot implements AutoCloseable {

    static final String OFFICE = "bac-ai-mttq";
    static final String MAILBOX = "mattrabbacai@gmail.com";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newHttpClient();

    private Bot(ConfigurableApplicationContext app) {
        this.app = app;
    }

    static String imapUrl(String user, String password, int port) {
        return "imap://" + URLEncoder.encode(user, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(password,
                StandardCharsets.UTF_8) + "@127.0.0.1:" + port + "/INBOX";
    }

    static Bot start(Path dataDir, String mailboxUrl, String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--reportbot.directory=config/directory.yml",
                "--reportbot.templates=templates",
                "--reportbot.data-dir=" + dataDir,
                "--reportbot.dispatches=" + dataDir.resolve("no-dispatches"),
                "--reportbot.embedded-mail.enabled=false",
                "--reportbot.admin.password=secret",
                "--reportbot.schedule.poll=",
                "--reportbot.schedule.reminders=",
                "--reportbot.schedule.digest=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=1", // nothing is sent in these tests: no dispatch, so no report is matched
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("reportbot"),
                "--reportbot.mailboxes." + OFFICE + ".url=" + mailboxUrl));
        args.addAll(List.of(settings));
        return new Bot(new SpringApplicationBuilder(ReportbotApplication.class).run(args.toArray(String[]::new)));
    }

    JobResult poll() {
        return app.getBean(JobRunner.class).run("poll", Optional.of(OFFICE));
    }

    /** Runs {@code action} on each event of that type the service publishes, in the thread that publishes it. */
    <T> void onEvent(Class<T> type, java.util.function.Consumer<T> action) {
        app.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.PayloadApplicationEvent<?> payload
                    && type.isInstance(payload.getPayload())) {
                action.accept(type.cast(payload.getPayload()));
            }
        });
    }

    <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    JdbcClient db() {
        return app.getBean(JdbcClient.class);
    }

    /** How many report entries carry this Message-ID. */
    long reportsWithMessageId(String messageId) {
        return db().sql("SELECT COUNT(*) FROM report WHERE message_id = ?").param(messageId).query(Long.class).single();
    }

    long reports() {
        return db().sql("SELECT COUNT(*) FROM report").query(Long.class).single();
    }

    /** The body of {@code GET /actuator/health}, as the admin login sees it. */
    String health() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + app.getEnvironment().getProperty("local.server.port") + "/actuator/health"))
                    // the components are shown to a login only
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            "admin:secret".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The {@code mailboxes} component of {@code GET /actuator/health}, as JSON. */
    String mailboxesHealth() {
        return JSON.readTree(health()).path("components").path("mailboxes").toString();
    }

    /** {@code UP} or {@code DOWN}: the status of the {@code mailboxes} health component. */
    String mailboxesStatus() {
        return JSON.readTree(health()).path("components").path("mailboxes").path("status").asString();
    }

    @Override
    public void close() {
        app.close();
    }

    /**
     * Checks {@code condition} every 50 ms until it holds; fails with {@code what} after {@code timeout}. The one
     * place these tests wait: a bounded loop on an observable condition, never a fixed sleep.
     */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what, e);
            }
        }
    }
}
