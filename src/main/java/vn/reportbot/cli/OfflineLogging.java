package vn.reportbot.cli;

import java.util.Set;

/**
 * Sends the log lines of the offline commands to standard error: {@code parse-dispatch} and {@code classify} print
 * only JSON on standard output, while the document libraries they use (POI, PDFBox) log warnings about the files they
 * read, which Logback's default set-up would print on standard output. Logback reads the configuration named here
 * when the first logger is made, so this is set before anything logs; a configuration the user names is kept.
 */
final class OfflineLogging {

    static final String PROPERTY = "logback.configurationFile";
    static final String CONFIGURATION = "vn/reportbot/cli/offline-logback.xml";
    private static final Set<String> OFFLINE = Set.of("parse-dispatch", "classify");

    private OfflineLogging() {
    }

    /** For an offline command, before it runs: its logging goes to standard error. */
    static void toStandardError(String[] args) {
        if (args.length > 0 && OFFLINE.contains(args[0]) && System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, CONFIGURATION);
        }
    }
}
