package vn.reportbot.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the PostgreSQL driver time limits, so that a database that accepts a connection and then never answers
 * (a hung server, a network that swallows packets) cannot hold a thread for ever: without them the pool's one thread
 * that opens connections waits on such a login for good, and the service never gets a connection again even once the
 * database is back ({@code DatabaseDownForAMinuteIT} found it). A login has {@value #LOGIN_TIMEOUT} s, a read on an
 * open connection {@value #SOCKET_TIMEOUT} s (far above any statement of the service), and TCP keep-alives find a
 * server that vanished. These are defaults: the same parameter in {@code spring.datasource.url} or in
 * {@code spring.datasource.hikari.data-source-properties} wins. Other databases are left alone (H2 refuses
 * parameters it does not know).
 */
class PostgresTimeouts implements EnvironmentPostProcessor, Ordered {

    static final int LOGIN_TIMEOUT = 10;
    static final int SOCKET_TIMEOUT = 600;
    private static final String PROPERTIES = "spring.datasource.hikari.data-source-properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            return;
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put(PROPERTIES + "[loginTimeout]", String.valueOf(LOGIN_TIMEOUT));
        defaults.put(PROPERTIES + "[connectTimeout]", String.valueOf(LOGIN_TIMEOUT));
        defaults.put(PROPERTIES + "[socketTimeout]", String.valueOf(SOCKET_TIMEOUT));
        defaults.put(PROPERTIES + "[tcpKeepAlive]", "true");
        // last: every setting of the user's comes first (and the driver takes the URL's parameters over these)
        environment.getPropertySources().addLast(new MapPropertySource("reportbot-postgres-timeouts", defaults));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
