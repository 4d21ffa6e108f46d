package vn.reportbot;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service of the embedded defaults (H2, the embedded GreenMail, the example directory and its seed dispatches)
 * in this JVM, on free ports, with the scheduled jobs off so that a test polls when it wants: for the tests of the
 * pages. {@code extra} are more {@code --name=value} arguments.
 */
public final class EmbeddedService implements AutoCloseable {

    public static final String MAILBOX = "mattrabbacai@gmail.com";

    private final ConfigurableApplicationContext app;
    private final int smtpPort;

    private EmbeddedService(ConfigurableApplicationContext app, int smtpPort) {
        this.app = app;
        this.smtpPort = smtpPort;
    }

    public static EmbeddedService start(Path dataDir, String adminPassword, String... extra) throws IOException {
        int smtp = freePort();
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--reportbot.data-dir=" + dataDir,
                "--reportbot.embedded-mail.smtp-port=" + smtp, "--reportbot.embedded-mail.imap-port=" + freePort(),
                "--reportbot.schedule.poll=", "--reportbot.schedule.reminders=", "--reportbot.schedule.digest=",
                "--reportbot.admin.password=" + adminPassword));
        args.addAll(List.of(extra));
        return new EmbeddedService(new SpringApplicationBuilder(ReportbotApplication.class)
                .run(args.toArray(String[]::new)), smtp);
    }

    public ConfigurableApplicationContext context() {
        return app;
    }

    public <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    /** {@code http://127.0.0.1:PORT} of the pages and the API. */
    public String base() {
        return "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** Delivers a fixture of {@code src/test/resources/} (such as {@code e2e/report-phuoc-dai.eml}) to the mailbox. */
    public void deliver(String fixture) throws IOException {
        deliver(Files.readAllBytes(Path.of("src/test/resources", fixture)));
    }

    public void deliver(byte[] message) throws IOException {
        RawSmtp.deliver(smtpPort, "sender@example.com", MAILBOX, message);
    }

    /** Runs one poll of every mailbox now, as the schedule would. */
    public void poll() {
        app.getBean(vn.reportbot.system.JobRunner.class).run("poll", Optional.empty());
    }

    @Override
    public void close() {
        app.close();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
