package vn.reportbot.system;

import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Names Jakarta Mail's stream provider, Angus Mail's, in the system property Jakarta Mail reads first, unless it is
 * set already. Without it, Jakarta Mail 2.1 looks the provider up with {@link java.util.ServiceLoader} every time it
 * encodes or decodes a header or makes a body part (jakartaee/mail-api#861); in the service's jar that scans the
 * nested jars each time, and sending an acknowledgement took three times as long. Run as an
 * {@link EnvironmentPostProcessor}, so that it is in place before any mail is read or sent, however the service starts.
 */
public final class JakartaMailStreamProvider implements EnvironmentPostProcessor {

    static final String PROPERTY = "jakarta.mail.util.StreamProvider";

    /** Sets the property unless it is set. */
    public static void name() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, MailStreamProvider.class.getName());
        }
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        name();
    }
}
