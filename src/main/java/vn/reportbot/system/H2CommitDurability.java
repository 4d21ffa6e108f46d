package vn.reportbot.system;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes each commit to an H2 database in files reach the file before the commit returns, as PostgreSQL's does: the
 * service sends a mail only after its claim is committed, and marks a message {@code \Seen} only after its report is.
 * H2 writes commits to its file with a delay of up to {@code WRITE_DELAY} ms (500 by default), so a process killed
 * meanwhile loses them (issue #13). With {@code WRITE_DELAY=0} H2 writes the file in the committing thread, without
 * {@code fsync}: a commit then survives the process being killed, not the machine losing power.
 * <p>
 * The default database ({@link EmbeddedDatabaseLocation}) has the setting in its URL. A {@code spring.datasource.url}
 * of an H2 database in files without a {@code WRITE_DELAY} gets it appended; one with another {@code WRITE_DELAY} is
 * left as it is, with a warning. In-memory and remote ({@code tcp:}, {@code ssl:}) H2 URLs are left alone.
 */
class H2CommitDurability implements EnvironmentPostProcessor, Ordered {

    /** What the URL of an H2 database in files carries so that a commit is in the file when it returns. */
    static final String WRITE_THROUGH = ";WRITE_DELAY=0";

    private static final String URL = "spring.datasource.url";
    private static final Pattern WRITE_DELAY = Pattern.compile(";\\s*WRITE_DELAY\\s*=\\s*([^;]*)", Pattern.CASE_INSENSITIVE);

    private final Log log;

    H2CommitDurability(DeferredLogFactory logs) {
        this.log = logs.getLog(H2CommitDurability.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty(URL);
        if (url == null || !inFiles(url)) {
            return;
        }
        Matcher delay = WRITE_DELAY.matcher(url);
        if (!delay.find()) {
            environment.getPropertySources().addFirst(new MapPropertySource("reportbot-h2-commit-durability",
                    Map.of(URL, url + WRITE_THROUGH)));
            log.info("H2 database " + url + ": WRITE_DELAY=0 added, so that a commit is written to the file before"
                    + " the service acts on it");
        } else if (!delay.group(1).trim().equals("0")) {
            log.warn("H2 database " + url + " has WRITE_DELAY=" + delay.group(1).trim() + ": commits reach the file"
                    + " that much later, and if the service is killed meanwhile a mail may be sent twice or a message"
                    + " marked read without its report; WRITE_DELAY=0 avoids that");
        }
    }

    /** Whether {@code url} is an H2 database that this process opens in files (not in memory, not on a server). */
    static boolean inFiles(String url) {
        return opensItself(url) && !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:");
    }

    /** Whether {@code url} is an H2 database that this process opens itself (in files or in memory, not on a server). */
    static boolean opensItself(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = lower.substring("jdbc:h2:".length());
        return !rest.startsWith("tcp:") && !rest.startsWith("ssl:");
    }

    /** After the configuration files are read; before or after {@link EmbeddedDatabaseLocation}, either way. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
