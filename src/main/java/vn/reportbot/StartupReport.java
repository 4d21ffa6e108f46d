package vn.reportbot;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.reportbot.directory.Directory;
import vn.reportbot.dispatch.DispatchFolderImporter;
import vn.reportbot.dispatch.ImportedDispatch;
import vn.reportbot.embedded.EmbeddedMailProperties;
import vn.reportbot.embedded.EmbeddedMailServer;
import vn.reportbot.mailbox.PollJob;

/**
 * Once the service is up: imports the dispatch folder, starts watching it, and says in plain words
 * where the API listens, which mail server and accounts exist and what was just done.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "reportbot.cli", havingValue = "false", matchIfMissing = true)
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DispatchFolderImporter dispatchFolder;
    private final Directory directory;
    private final PollJob pollJob;
    private final ObjectProvider<EmbeddedMailServer> embedded;
    private final EmbeddedMailProperties embeddedProperties;
    private final Environment environment;

    StartupReport(DispatchFolderImporter dispatchFolder, Directory directory, PollJob pollJob,
                  ObjectProvider<EmbeddedMailServer> embedded, EmbeddedMailProperties embeddedProperties,
                  Environment environment) {
        this.dispatchFolder = dispatchFolder;
        this.directory = directory;
        this.pollJob = pollJob;
        this.embedded = embedded;
        this.embeddedProperties = embeddedProperties;
        this.environment = environment;
    }

    /** First of the listeners to the service being ready: the dispatches are in before any mailbox is watched. */
    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    void ready(ApplicationReadyEvent event) {
        List<ImportedDispatch> imported = dispatchFolder.importAll();
        dispatchFolder.watch();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder text = new StringBuilder("\n\n  reportbot is running.\n");
        text.append("  Web pages:  http://localhost:").append(port).append("/  (log in as '")
                .append(environment.getProperty("reportbot.admin.username", "admin")).append("' or a reportbot.users login)\n");
        text.append("  Admin API:  http://localhost:").append(port).append("/api/dispatches  (HTTP Basic, user '")
                .append(environment.getProperty("reportbot.admin.username", "admin")).append("')\n");
        text.append("  Health:     http://localhost:").append(port).append("/actuator/health\n");
        EmbeddedMailServer server = embedded.getIfAvailable();
        if (server != null) {
            text.append("  Embedded mail server on 127.0.0.1: SMTP ").append(server.smtpPort()).append(", IMAP ")
                    .append(server.imapPort()).append("; ").append(server.accounts().size())
                    .append(" accounts (login = address, password '").append(embeddedProperties.password()).append("'):\n");
            directory.offices().forEach(o -> text.append("    ").append(o.id()).append(": mailbox ").append(o.mailbox())
                    .append(", staff ").append(o.staff().stream().map(s -> s.email()).collect(Collectors.joining(", ")))
                    .append(", ").append(o.units().size()).append(" unit(s), e.g. ")
                    .append(o.units().get(0).emails().get(0)).append('\n'));
        }
        text.append(vn.reportbot.documents.Ocr.available()
                .map(v -> "  Scans and photos are read by text recognition: Tesseract " + v + " (Vietnamese)\n")
                .orElse("  Scans and photos are NOT read: Tesseract with its Vietnamese data is not installed"
                        + " (apt-get install tesseract-ocr tesseract-ocr-vie, or scripts/install-ocr.sh)\n"));
        if (vn.reportbot.documents.Ocr.available().isEmpty()) {
            log.warn("Tesseract with its Vietnamese data is not installed: scanned reports and dispatches are not read,"
                    + " and each such report says so on the review list");
        }
        pollJob.mailboxes().forEach((office, url) -> text.append("  Reading the mailbox of ").append(office).append(" at ")
                .append(url).append('\n'));
        if (imported.isEmpty()) {
            text.append("  No new dispatch imported from the dispatch folder.\n");
        }
        for (ImportedDispatch d : imported) {
            text.append("  Imported dispatch ").append(d.dispatch().number()).append(" (").append(d.dispatch().file())
                    .append(") for ").append(d.officeId()).append(": ").append(d.tasksOpened())
                    .append(" reporting task(s) opened, ").append(d.dispatch().taskCount()).append(" numbered task(s)\n");
        }
        text.append("  Run a job now: curl -u admin:PASSWORD -X POST http://localhost:").append(port)
                .append("/api/jobs/poll/run   (poll | reminders | digest)\n");
        log.info(text.toString());
    }
}
