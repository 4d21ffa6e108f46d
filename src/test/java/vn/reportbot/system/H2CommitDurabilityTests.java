package vn.reportbot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Issue #13: every H2 database in files that the service opens writes each commit to its file before it returns. */
class H2CommitDurabilityTests {

    @Test
    void theDefaultDatabaseWritesEachCommitToItsFileAndServesItselfToAnotherProcessOnTheSameFolder() {
        StandardEnvironment environment = environment(Map.of("reportbot.data-dir", "/srv/reportbot/data"));
        new EmbeddedDatabaseLocation().postProcessEnvironment(environment, new SpringApplication());
        durability().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:h2:file:" + Path.of("/srv/reportbot/data/reportbot").toAbsolutePath()
                        + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
    }

    @Test
    void anH2DatabaseInFilesOfTheOperatorsChoiceGetsTheSettingToo() {
        assertThat(urlAfter("jdbc:h2:file:/var/lib/reportbot/db")).isEqualTo("jdbc:h2:file:/var/lib/reportbot/db;WRITE_DELAY=0");
        assertThat(urlAfter("jdbc:h2:./db;MODE=PostgreSQL")).isEqualTo("jdbc:h2:./db;MODE=PostgreSQL;WRITE_DELAY=0");
    }

    @Test
    void aWriteDelayTheOperatorSetIsKept() {
        assertThat(urlAfter("jdbc:h2:file:/var/lib/reportbot/db;write_delay=2000")).isEqualTo("jdbc:h2:file:/var/lib/reportbot/db;write_delay=2000");
        assertThat(urlAfter("jdbc:h2:file:/db;WRITE_DELAY=0")).isEqualTo("jdbc:h2:file:/db;WRITE_DELAY=0");
    }

    @Test
    void otherDatabasesAreLeftAsTheyAre() {
        assertThat(urlAfter("jdbc:postgresql://127.0.0.1:5432/reportbot")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/reportbot");
        assertThat(urlAfter("jdbc:h2:mem:reportbot")).isEqualTo("jdbc:h2:mem:reportbot");
        assertThat(urlAfter("jdbc:h2:tcp://db.example/~/reportbot")).isEqualTo("jdbc:h2:tcp://db.example/~/reportbot");
    }

    private static String urlAfter(String url) {
        StandardEnvironment environment = environment(Map.of("spring.datasource.url", url));
        durability().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("spring.datasource.url");
    }

    private static H2CommitDurability durability() {
        return new H2CommitDurability(new DeferredLogs());
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
