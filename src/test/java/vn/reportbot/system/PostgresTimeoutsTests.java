package vn.reportbot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The PostgreSQL driver gets time limits by default, so that a database that never answers cannot hang the pool. */
class PostgresTimeoutsTests {

    @Test
    void aPostgreSqlDatabaseGetsALoginTimeLimitAReadTimeLimitAndKeepAlives() {
        assertThat(driverProperties(Map.of("spring.datasource.url", "jdbc:postgresql://db:5432/reportbot")))
                .containsEntry("loginTimeout", "10").containsEntry("connectTimeout", "10")
                .containsEntry("socketTimeout", "600").containsEntry("tcpKeepAlive", "true");
    }

    @Test
    void theOperatorsOwnDriverPropertiesWin() {
        assertThat(driverProperties(Map.of("spring.datasource.url", "jdbc:postgresql://db:5432/reportbot",
                "spring.datasource.hikari.data-source-properties[socketTimeout]", "30")))
                .containsEntry("socketTimeout", "30").containsEntry("loginTimeout", "10");
    }

    @Test
    void otherDatabasesGetNone() {
        assertThat(driverProperties(Map.of("spring.datasource.url", "jdbc:h2:file:/srv/reportbot/data/reportbot"))).isEmpty();
        assertThat(driverProperties(Map.of())).isEmpty();
    }

    private static Map<String, String> driverProperties(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(settings)));
        new PostgresTimeouts().postProcessEnvironment(environment, new SpringApplication());
        return Binder.get(environment).bind("spring.datasource.hikari.data-source-properties",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    }
}
