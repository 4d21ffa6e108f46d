package vn.reportbot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

import vn.reportbot.ReportbotApplication;
import vn.reportbot.directory.DirectoryException;

/** A bad setting stops start-up with a message that says what to fix. */
class StartupRefusalTests {

    @TempDir
    Path dir;

    @Test
    void aMalformedDirectoryStopsStartUpNamingTheFileAndLine() throws Exception {
        Path directory = dir.resolve("directory.yml");
        Files.writeString(directory, """
                offices:
                  - id: bac-ai-mttq
                    name: Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái
                    mailbox: mattrabbacai@gmail.com
                    units:
                      - id: Phuoc Dai
                        name: Xã Phước Đại
                        emails: [mttq.phuocdai@gmail.com]
                """);
        assertThatThrownBy(() -> start("--reportbot.directory=" + directory))
                .satisfies(e -> {
                    Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
                    assertThat(root).isInstanceOf(DirectoryException.class);
                    assertThat(root.getMessage()).contains(directory + ":6:", "unit id 'Phuoc Dai'", "a-z, 0-9 and '-'");
                });
    }

    @Test
    void aHolidaysFileWhoseLunarDayDoesNotMatchStopsStartUpNamingTheFileAndLine() throws Exception {
        Path holidays = dir.resolve("holidays.yml");
        Files.writeString(holidays, """
                holidays:
                  - date: 2027-02-07
                    lunar: "1/1"
                    name: Tết Nguyên đán Đinh Mùi
                """);
        assertThatThrownBy(() -> start("--reportbot.holidays=" + holidays))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
                        .isEqualTo(holidays + ":3: 'Tết Nguyên đán Đinh Mùi': 1/1 âm lịch is 2027-02-06, which is not"
                                + " 2027-02-07"));
    }

    @Test
    void aReminderStepWithoutItsDaysStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> start("--reportbot.offices.hai-hau-bdv.reminders.steps[0].copy-staff=true"))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
                        .startsWith("reportbot.offices.hai-hau-bdv.reminders.steps[0].days is required"));
    }

    @Test
    void aCronThatIsNotACronStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> start("--reportbot.schedule.digest=every friday"))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
                        .contains("reportbot.schedule.digest", "every friday", "Quartz cron"));
    }

    @Test
    void aMailboxUrlWithoutPasswordStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> start("--reportbot.mailboxes.bac-ai-mttq.url=imaps://imap.gmail.com/INBOX",
                "--spring.mail.host=127.0.0.1"))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
                        .contains("reportbot.mailboxes.bac-ai-mttq.url", "user:password@"));
    }

    @Test
    void anOAuth2MailboxWithoutItsClientSecretStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> start("--reportbot.mailboxes.bac-ai-mttq.url=imaps://mattrabbacai%40gmail.com@imap.gmail.com/INBOX",
                "--reportbot.mailboxes.bac-ai-mttq.oauth2.provider=google",
                "--reportbot.mailboxes.bac-ai-mttq.oauth2.client-id=id.apps.googleusercontent.com",
                "--reportbot.mailboxes.bac-ai-mttq.oauth2.refresh-token=1//refresh", "--spring.mail.host=127.0.0.1"))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
                        .isEqualTo("reportbot.mailboxes.bac-ai-mttq.oauth2.client-secret is missing"));
    }

    private void start(String... extra) {
        String[] base = {"--server.port=0", "--reportbot.data-dir=" + dir, "--reportbot.dispatches=" + dir.resolve("none"),
                "--reportbot.embedded-mail.smtp-port=0", "--reportbot.embedded-mail.imap-port=0",
                "--spring.datasource.url=jdbc:h2:mem:refusal" + System.nanoTime()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        new SpringApplicationBuilder(ReportbotApplication.class).run(args).close();
    }
}
