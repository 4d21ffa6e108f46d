package vn.reportbot.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reportbot.notify.*}: {@code message-id-domain}, the right-hand side of the Message-IDs the bot gives. (The
 * former {@code remind-days-before} is gone: reminders follow {@code reportbot.reminders.steps}.)
 */
@ConfigurationProperties("reportbot.notify")
record NotifyProperties(@DefaultValue("reportbot.local") String messageIdDomain) {
}
