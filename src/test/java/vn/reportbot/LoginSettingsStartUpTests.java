package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A login in {@code reportbot.users} that cannot work stops start-up, and the log says which key to fix. */
@ExtendWith(OutputCaptureExtension.class)
class LoginSettingsStartUpTests {

    @TempDir
    Path dataDir;

    @Test
    void aPlainPasswordInsteadOfABcryptHashStopsStartUpNamingTheKey(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ReportbotApplication.class).run("--server.port=0",
                "--reportbot.data-dir=" + dataDir, "--reportbot.embedded-mail.smtp-port=" + freePort(),
                "--reportbot.embedded-mail.imap-port=" + freePort(), "--reportbot.schedule.poll=",
                "--reportbot.schedule.reminders=", "--reportbot.schedule.digest=",
                "--reportbot.users[0].username=lan", "--reportbot.users[0].password=mat-khau",
                "--reportbot.users[0].role=STAFF")).isInstanceOf(Exception.class);
        org.assertj.core.api.Assertions.assertThat(output.getAll()).contains("reportbot cannot start:",
                "reportbot.users[0].password of 'lan' is not a BCrypt hash");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
