package vn.reportbot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Each connection to an embedded H2 database keeps the statements it ran parsed, more than H2's default 8. */
class H2QueryCacheTests {

    @Test
    void anEmbeddedH2DatabaseKeepsHundredsOfStatementsParsedPerConnection() throws Exception {
        String url = urlAfter("jdbc:h2:mem:cache-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        assertThat(url).endsWith(";QUERY_CACHE_SIZE=" + H2QueryCache.STATEMENTS);
        try (Connection c = new DriverManagerDataSource(url, "sa", "").getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("the database opened with the setting").isEqualTo(H2QueryCache.STATEMENTS);
        }
        assertThat(urlAfter("jdbc:h2:file:/var/lib/reportbot/db;WRITE_DELAY=0"))
                .isEqualTo("jdbc:h2:file:/var/lib/reportbot/db;WRITE_DELAY=0;QUERY_CACHE_SIZE=" + H2QueryCache.STATEMENTS);
    }

    @Test
    void aSizeTheOperatorNamedAndOtherDatabasesAreLeftAsTheyAre() {
        assertThat(urlAfter("jdbc:h2:file:/db;query_cache_size=16")).isEqualTo("jdbc:h2:file:/db;query_cache_size=16");
        assertThat(urlAfter("jdbc:h2:tcp://db.example/~/reportbot")).isEqualTo("jdbc:h2:tcp://db.example/~/reportbot");
        assertThat(urlAfter("jdbc:postgresql://127.0.0.1:5432/reportbot")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/reportbot");
    }

    private static String urlAfter(String url) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url)));
        new H2QueryCache().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("spring.datasource.url");
    }
}
