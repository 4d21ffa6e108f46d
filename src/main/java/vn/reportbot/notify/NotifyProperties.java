package vn.reportbot.notify;

import vn.reportbot.system.SettingsException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reportbot.notify.*}: {@code remind-days-before}, how many days before a deadline units
 * start being reminded; {@code message-id-domain}, the right-hand side of the Message-IDs the bot gives.
 */
@ConfigurationProperties("reportbot.notify")
record NotifyProperties(@DefaultValue("3") int remindDaysBefore, @DefaultValue("reportbot.local") String messageIdDomain) {
    NotifyProperties {
        if (remindDaysBefore < 0) {
            throw new SettingsException("reportbot.notify.remind-days-before must be 0 or more, not " + remindDaysBefore);
        }
    }
}
