package vn.reportbot.system;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Names the Quartz driver delegate that suits the database, unless {@code
 * spring.quartz.properties.org.quartz.jobStore.driverDelegateClass} is set: {@code PostgreSQLDelegate} for a
 * {@code jdbc:postgresql:} URL (it reads the job data as {@code BYTEA}; the standard one fails there), the standard
 * {@code StdJDBCDelegate} for H2 and anything else. Quartz's tables differ between the two in the same way (V15 in
 * {@code db/quartz/h2} and {@code db/quartz/postgresql}).
 */
class QuartzDriverDelegate implements EnvironmentPostProcessor, Ordered {

    static final String KEY = "spring.quartz.properties.org.quartz.jobStore.driverDelegateClass";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(KEY)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource("reportbot-quartz-driver-delegate",
                Map.of(KEY, delegateFor(environment.getProperty("spring.datasource.url", "")))));
    }

    static String delegateFor(String url) {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
                : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
    }

    /** After {@link EmbeddedDatabaseLocation}, which may supply the URL. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
