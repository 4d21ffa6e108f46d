package vn.reportbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.system.SettingsException;

/** {@code reportbot.users} as start-up reads it, against the example directory: what is refused, and why. */
class LoginsTests {

    private static final Directory DIRECTORY = DirectoryLoader.load(Path.of("config/directory.yml"));
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder().encode("mat-khau");

    @Test
    void aStaffLoginWithAHashAndAnOfficeLogsInWithItsPasswordAndSeesThatOffice() {
        List<UserDetails> users = logins(new WebProperties.UserLogin("lan", HASH, "staff", List.of("hai-hau-bdv")));
        assertThat(users).extracting(UserDetails::getUsername).containsExactly("admin", "lan");
        UserDetails lan = users.get(1);
        assertThat(ENCODER.matches("mat-khau", lan.getPassword())).isTrue();
        assertThat(lan.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_STAFF", "OFFICE_hai-hau-bdv");
        assertThat(ENCODER.matches("quan-tri", users.get(0).getPassword())).isTrue();
    }

    @Test
    void aPlainPasswordIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> logins(new WebProperties.UserLogin("lan", "mat-khau", "STAFF", List.of())))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("reportbot.users[0].password of 'lan' is not a BCrypt hash");
        assertThatThrownBy(() -> logins(new WebProperties.UserLogin("lan", HASH.substring(0, 40), "STAFF", List.of())))
                .isInstanceOf(SettingsException.class).hasMessageContaining("not a BCrypt hash");
    }

    @Test
    void aRoleOtherThanAdminOrStaffIsRefused() {
        assertThatThrownBy(() -> logins(new WebProperties.UserLogin("lan", HASH, "boss", List.of())))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("reportbot.users[0].role of 'lan' must be ADMIN or STAFF, not 'boss'");
    }

    @Test
    void anOfficeTheDirectoryDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> logins(new WebProperties.UserLogin("lan", HASH, "STAFF", List.of("hai-hau"))))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("reportbot.users[0].offices of 'lan' names the office 'hai-hau'")
                .hasMessageContaining("bac-ai-mttq, hai-hau-bdv");
    }

    @Test
    void aNameGivenTwiceOrTheAdminsNameIsRefused() {
        assertThatThrownBy(() -> logins(new WebProperties.UserLogin("admin", HASH, "ADMIN", List.of())))
                .isInstanceOf(SettingsException.class).hasMessageContaining("reportbot.users[0].username 'admin' is given twice");
    }

    private static List<UserDetails> logins(WebProperties.UserLogin... users) {
        return Logins.of(new WebProperties(new WebProperties.Admin("admin", null), List.of(users),
                org.springframework.util.unit.DataSize.ofMegabytes(2)), "quan-tri", DIRECTORY,
                ENCODER);
    }
}
