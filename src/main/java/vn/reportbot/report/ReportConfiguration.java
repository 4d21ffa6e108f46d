package vn.reportbot.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.reportbot.directory.Directory;
import vn.reportbot.documents.DocumentSettings;
import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.intake.MessageReader;
import vn.reportbot.directory.LearnedAddresses;
import vn.reportbot.matching.ReportMatcher;
import vn.reportbot.matching.SentMailIndex;

/** Wires the plain intake and matching classes, which know nothing of Spring, into the service. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    MessageReader messageReader(org.springframework.core.env.Environment environment) {
        return new MessageReader(documentSettings(org.springframework.boot.context.properties.bind.Binder.get(environment)));
    }

    /** {@code reportbot.documents.*}: how attached documents are read; a bad value stops start-up naming its key. */
    static DocumentSettings documentSettings(org.springframework.boot.context.properties.bind.Binder binder) {
        DocumentSettings d = DocumentSettings.DEFAULTS;
        return new DocumentSettings(
                binder.bind("reportbot.documents.workers", Integer.class).orElse(d.workers()),
                binder.bind("reportbot.documents.queue", Integer.class).orElse(d.queue()),
                binder.bind("reportbot.documents.time-limit", java.time.Duration.class).orElse(d.timeLimit()),
                binder.bind("reportbot.documents.message-time-limit", java.time.Duration.class)
                        .orElse(d.messageTimeLimit()));
    }

    @Bean
    ReportMatcher reportMatcher(Directory directory, DispatchCatalog catalog, SentMailIndex sentMail,
                                LearnedAddresses learned) {
        return new ReportMatcher(directory, catalog, sentMail, learned);
    }
}
