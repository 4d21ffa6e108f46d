package vn.reportbot.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.reportbot.directory.Directory;
import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.intake.MessageReader;
import vn.reportbot.directory.LearnedAddresses;
import vn.reportbot.matching.ReportMatcher;
import vn.reportbot.matching.SentMailIndex;

/** Wires the plain intake and matching classes, which know nothing of Spring, into the service. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    MessageReader messageReader() {
        return new MessageReader();
    }

    @Bean
    ReportMatcher reportMatcher(Directory directory, DispatchCatalog catalog, SentMailIndex sentMail,
                                LearnedAddresses learned) {
        return new ReportMatcher(directory, catalog, sentMail, learned);
    }
}
