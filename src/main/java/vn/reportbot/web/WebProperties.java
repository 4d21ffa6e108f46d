package vn.reportbot.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Who logs in: {@code reportbot.admin.username} and {@code .password} (without a password one is generated and
 * logged), and {@code reportbot.users[N]}: more logins, each with a BCrypt hash ({@code {bcrypt}$2a$…}), a role
 * ({@code ADMIN} or {@code STAFF}) and, for a STAFF user, the offices they see (all when empty).
 * {@code reportbot.dispatch-text-limit}: the most text a dispatch may be sent as ({@code POST /api/dispatches} as
 * {@code text/plain}, or pasted on the import page); more is refused with 413 before it is read.
 */
@ConfigurationProperties("reportbot")
record WebProperties(@DefaultValue Admin admin, @DefaultValue List<UserLogin> users,
                     @DefaultValue("2MB") DataSize dispatchTextLimit) {

    record Admin(@DefaultValue("admin") String username, String password) {
    }

    record UserLogin(String username, String password, String role, @DefaultValue List<String> offices) {
    }
}
