package vn.reportbot.web;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.reportbot.directory.Directory;
import vn.reportbot.system.SettingsException;

/**
 * Turns {@link WebProperties} into the logins Spring Security knows, refusing a setting that cannot work: a password
 * that is not a BCrypt hash, a role other than ADMIN or STAFF, an office the directory does not have, a name given
 * twice. The offices a STAFF user sees travel as {@value Viewer#OFFICE_PREFIX}… authorities.
 */
final class Logins {

    /** {@code {bcrypt}} then the 60 characters of a BCrypt hash (versions 2a, 2b, 2y; cost 04 to 31). */
    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}");

    private Logins() {
    }

    /** The generated admin password when none is set, else null; the caller logs it. */
    static String generatedPassword() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static List<UserDetails> of(WebProperties properties, String adminPassword, Directory directory,
                                PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        String adminName = properties.admin().username();
        if (adminName == null || adminName.isBlank()) {
            throw new SettingsException("reportbot.admin.username is empty: give the admin login a name (default admin)");
        }
        users.add(User.withUsername(adminName).password(encoder.encode(adminPassword)).roles("ADMIN").build());
        Set<String> names = new HashSet<>();
        names.add(adminName);
        List<WebProperties.UserLogin> logins = properties.users();
        for (int i = 0; i < logins.size(); i++) {
            WebProperties.UserLogin login = logins.get(i);
            String key = "reportbot.users[" + i + "]";
            if (login.username() == null || login.username().isBlank()) {
                throw new SettingsException(key + ".username is missing: each login needs a name");
            }
            if (!names.add(login.username())) {
                throw new SettingsException(key + ".username '" + login.username() + "' is given twice (or is the"
                        + " admin login's name): each login needs a name of its own");
            }
            if (login.password() == null || !BCRYPT.matcher(login.password()).matches()) {
                throw new SettingsException(key + ".password of '" + login.username() + "' is not a BCrypt hash:"
                        + " give {bcrypt}$2a$10$… (the README says how to make one); a plain password is not accepted");
            }
            String role = login.role() == null ? "" : login.role().trim().toUpperCase(Locale.ROOT);
            if (!role.equals("ADMIN") && !role.equals("STAFF")) {
                throw new SettingsException(key + ".role of '" + login.username() + "' must be ADMIN or STAFF, not '"
                        + login.role() + "'");
            }
            List<GrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
            for (String office : login.offices()) {
                if (directory.office(office).isEmpty()) {
                    throw new SettingsException(key + ".offices of '" + login.username() + "' names the office '" + office
                            + "', which the directory does not have; offices: " + String.join(", ",
                            directory.offices().stream().map(o -> o.id()).toList()));
                }
                authorities.add(new SimpleGrantedAuthority(Viewer.OFFICE_PREFIX + office));
            }
            users.add(User.withUsername(login.username()).password(login.password()).authorities(authorities).build());
        }
        return users;
    }
}
