package vn.reportbot.system;

import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets each connection to an embedded H2 database keep the statements it ran parsed ({@code QUERY_CACHE_SIZE},
 * {@value #STATEMENTS} of them). H2 keeps 8 by default, and reading one report takes some forty different
 * statements, so without this each was parsed again for each message: a tenth of the poll's time.
 * <p>
 * Applies to every H2 URL this process opens itself (in files or in memory) that names no {@code QUERY_CACHE_SIZE};
 * remote H2 URLs ({@code tcp:}, {@code ssl:}) take the setting of the server that opened the database.
 */
class H2QueryCache implements EnvironmentPostProcessor, Ordered {

    static final int STATEMENTS = 256;

    private static final String URL = "spring.datasource.url";
    private static final Pattern NAMED = Pattern.compile(";\\s*QUERY_CACHE_SIZE\\s*=", Pattern.CASE_INSENSITIVE);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty(URL);
        if (url == null || !H2CommitDurability.opensItself(url) || NAMED.matcher(url).find()) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("reportbot-h2-query-cache",
                Map.of(URL, url + ";QUERY_CACHE_SIZE=" + STATEMENTS)));
    }

    /** After the configuration files are read, and after {@link EmbeddedDatabaseLocation} gave the default URL. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
