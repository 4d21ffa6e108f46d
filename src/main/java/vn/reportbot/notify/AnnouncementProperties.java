package vn.reportbot.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reportbot.dispatch.announce}: whether every dispatch imported (by upload, posted text, the dispatch folder,
 * the command line or a staff member's mail) is announced to each unit that owes a report on it.
 */
@ConfigurationProperties("reportbot.dispatch")
record AnnouncementProperties(@DefaultValue("false") boolean announce) {
}
