package vn.reportbot.system;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Without {@code spring.datasource.url}, puts the embedded H2 database in {@code reportbot.data-dir}
 * (relative or absolute), as file {@code reportbot.mv.db}, in H2's automatic mixed mode ({@code AUTO_SERVER}): the
 * first process to open it serves it to the others (an {@code import-dispatch} beside the running service), on a
 * loopback port, to those who can read the random key in its lock file. Each commit is written to the file before
 * it returns ({@link H2CommitDurability}).
 */
class EmbeddedDatabaseLocation implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("reportbot.data-dir", "data")).toAbsolutePath().normalize();
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1"); // H2 reads it once, as its classes load
        }
        environment.getPropertySources().addLast(new MapPropertySource("reportbot-embedded-database",
                Map.of("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("reportbot") + ";AUTO_SERVER=TRUE"
                        + H2CommitDurability.WRITE_THROUGH)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
