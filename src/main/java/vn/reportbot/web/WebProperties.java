package vn.reportbot.web;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.unit.DataSize;

/**
 * Who logs in: {@code reportbot.admin.username} and {@code .password} (without a password one is generated and
 * logged), and {@code reportbot.users[N]}: more logins, each with a BCrypt hash ({@code {bcrypt}$2a$…}), a role
 * ({@code ADMIN} or {@code STAFF}) and, for a STAFF user, the offices they see (all when empty); {@code reportbot.web}:
 * the pages' own settings (the one-time login links mailed to staff).
 * {@code reportbot.dispatch-text-limit}: the most text a dispatch may be sent as ({@code POST /api/dispatches} as
 * {@code text/plain}, or pasted on the import page); more is refused with 413 before it is read.
 */
@ConfigurationProperties("reportbot")
record WebProperties(@DefaultValue Admin admin, @DefaultValue List<UserLogin> users, @DefaultValue Web web,
                     @DefaultValue("2MB") DataSize dispatchTextLimit) {

    @ConstructorBinding
    WebProperties {
    }

    /** The logins alone, the pages' settings and limits at their defaults. */
    WebProperties(Admin admin, List<UserLogin> users) {
        this(admin, users, new Web(null, Duration.ofMinutes(15), 3), DataSize.ofMegabytes(2));
    }

    record Admin(@DefaultValue("admin") String username, String password) {
    }

    record UserLogin(String username, String password, String role, @DefaultValue List<String> offices) {
    }

    /**
     * @param baseUrl              the address staff open the pages at ({@code https://baocao.example.vn}), which the
     *                             mailed login links start with; unset: the address the request for the link came to
     * @param loginLinkValidity    how long a mailed login link works (a number alone is minutes)
     * @param loginLinksPerHour    at most this many links mailed to one address in an hour; more asks are answered
     *                             alike and mail nothing
     */
    record Web(String baseUrl, @DefaultValue("15") @DurationUnit(ChronoUnit.MINUTES) Duration loginLinkValidity,
               @DefaultValue("3") int loginLinksPerHour) {
    }
}
