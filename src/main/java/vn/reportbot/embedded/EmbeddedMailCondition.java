package vn.reportbot.embedded;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when {@code reportbot.embedded-mail.enabled} is true, or unset while no office mailbox URL is configured. */
public final class EmbeddedMailCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEnabled(context.getEnvironment());
    }

    public static boolean isEnabled(Environment environment) {
        String enabled = environment.getProperty("reportbot.embedded-mail.enabled");
        if (enabled != null && !enabled.isBlank()) {
            return Boolean.parseBoolean(enabled.trim());
        }
        Map<String, Object> mailboxes = Binder.get(environment)
                .bind("reportbot.mailboxes", Bindable.mapOf(String.class, Object.class)).orElse(Map.of());
        return mailboxes.isEmpty();
    }
}
