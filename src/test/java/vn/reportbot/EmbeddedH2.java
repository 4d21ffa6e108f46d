package vn.reportbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The service's default database, H2 in files under its data folder (no {@code spring.datasource.url}), for the
 * crash test. While the service runs, the test reads it through {@link ServiceWithH2Server}; once the service has
 * stopped for good, from the files.
 */
final class EmbeddedH2 implements CrashDatabase {

    private final Path dataDir;
    private final Path launcherClasses;
    private final int port;
    private SingleConnectionDataSource files;

    EmbeddedH2(Path dataDir, Path work) throws IOException {
        this.dataDir = dataDir;
        this.launcherClasses = copyOfLauncherClass(work.resolve("launcher"));
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    @Override
    public String name() {
        return "H2 in " + dataDir + " (the default database)";
    }

    @Override
    public ServiceProcess start(List<String> arguments, Path log) throws IOException {
        return ServiceProcess.start(List.of("-Dreportbot.test.h2-port=" + port), List.of(launcherClasses),
                ServiceWithH2Server.class.getName(), arguments, log);
    }

    /** Fails at once while no service listens: H2's client would retry its connection for seconds. */
    @Override
    public JdbcClient jdbc() {
        if (files != null) {
            return JdbcClient.create(files);
        }
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
        } catch (IOException e) {
            throw new UncheckedIOException("no service has its H2 TCP server on port " + port + " now", e);
        }
        return JdbcClient.create(new DriverManagerDataSource(
                "jdbc:h2:tcp://127.0.0.1:" + port + "/" + database() + ";IFEXISTS=TRUE", "sa", ""));
    }

    @Override
    public void serviceStoppedForGood() {
        files = new SingleConnectionDataSource("jdbc:h2:file:" + database() + ";IFEXISTS=TRUE", "sa", "", true);
    }

    private Path database() {
        return dataDir.toAbsolutePath().resolve("reportbot");
    }

    @Override
    public void close() {
        if (files != null) {
            files.destroy();
        }
    }

    /**
     * The launcher alone, copied out of the test classes: the service runs without the test classes, which Spring
     * would otherwise scan.
     */
    private static Path copyOfLauncherClass(Path folder) throws IOException {
        String file = ServiceWithH2Server.class.getName().replace('.', '/') + ".class";
        try {
            Path source = Path.of(ServiceWithH2Server.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve(file);
            Path target = folder.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
            return folder;
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
