package vn.reportbot.mailbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Dovecot IMAP server on a free loopback port, with its configuration, passwords (passwd-file,
 * {@code {PLAIN}}), maildirs, runtime and logs all under one temporary folder; started as {@code dovecot -c FILE}
 * and stopped through the pid in its {@code base_dir}.
 */
final class Dovecot implements AutoCloseable {

    private final Path binary;
    private final Path dir;
    private final int port;

    private Dovecot(Path binary, Path dir, int port) {
        this.binary = binary;
        this.dir = dir;
        this.port = port;
    }

    /** The dovecot binary, when installed. */
    static Optional<Path> binary() {
        for (String candidate : new String[] {"/usr/sbin/dovecot", "/usr/local/sbin/dovecot"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    static Dovecot start(Path binary, String user, String password) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("reportbot-dovecot-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path mail = Files.createDirectories(dir.resolve("mail"));
        Files.setPosixFilePermissions(mail, PosixFilePermissions.fromString("rwxrwxrwx")); // the mail user writes here
        Files.writeString(dir.resolve("passwd"), user + ":{PLAIN}" + password + "\n");
        int port = freePort();
        boolean root = "0".equals(run("id", "-u"));
        String owner = root ? "uid=nobody gid=nogroup" : "uid=" + run("id", "-u") + " gid=" + run("id", "-g");
        String users = root ? "" : "default_internal_user = " + run("id", "-un") + "\ndefault_login_user = " + run("id", "-un") + "\n";
        String config = users + """
                protocols = imap
                listen = 127.0.0.1
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                mail_location = maildir:%1$s/mail/%%u
                passdb {
                  driver = passwd-file
                  args = %1$s/passwd
                }
                userdb {
                  driver = static
                  args = %2$s home=%1$s/mail/%%u
                }
                service imap-login {
                  inet_listener imap {
                    address = 127.0.0.1
                    port = %3$d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                }
                """.formatted(dir, owner, port);
        Files.writeString(dir.resolve("dovecot.conf"), config);
        Dovecot dovecot = new Dovecot(binary, dir, port);
        dovecot.startAgain();
        return dovecot;
    }

    /** Starts the server again after {@link #stop}, on the same port and the same maildirs. */
    void startAgain() throws IOException, InterruptedException {
        Path file = dir.resolve("dovecot.conf");
        // to a file, not a pipe: the daemon keeps the descriptors it inherits, so a pipe would never end
        Path startLog = dir.resolve("start.log");
        Process process = new ProcessBuilder(binary.toString(), "-c", file.toString()).redirectErrorStream(true)
                .redirectOutput(startLog.toFile()).start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("dovecot -c " + file + " did not start: " + Files.readString(startLog));
        }
        Bot.await("Dovecot listens on 127.0.0.1:" + port, Duration.ofSeconds(10), this::listens);
    }

    /**
     * Stops the server as an administrator restarting it would: its master process ends its IMAP sessions (their
     * connections drop) and exits; the maildirs stay.
     */
    void stop() throws IOException {
        Path pidFile = dir.resolve("run/master.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).ifPresent(master -> {
                master.destroy();
                master.onExit().orTimeout(10, TimeUnit.SECONDS).join();
            });
        }
        Bot.await("Dovecot no longer listens on 127.0.0.1:" + port, Duration.ofSeconds(10), () -> !listens());
    }

    int port() {
        return port;
    }

    private boolean listens() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor();
        return out;
    }
}
