package vn.reportbot.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.reportbot.RawSmtp;
import vn.reportbot.system.JobResult;

/**
 * The disk under {@code reportbot.data-dir} full while a poll takes messages in: a small tmpfs is mounted where the raw
 * messages are stored ({@code <data-dir>/messages}) and filled up. The poll fails with a clear Vietnamese reason, leaves
 * no half-written file and nothing marked processed on the server; once space is freed, the next poll records each
 * message exactly once. Mounting takes root: the test is skipped with a message otherwise, except under {@code CI=true}.
 */
class DataDirFullIT {

    private static final String PASSWORD = "pw";
    private static final List<String> IDS = List.of("<full-1@test>", "<full-2@test>", "<full-3@test>");

    @TempDir
    Path dataDir;

    private Path messages;
    private boolean mounted;
    private GreenMail mail;
    private Bot bot;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        if (!"0".equals(run("id", "-u"))) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but not root: the full-disk test mounts a tmpfs and must run");
            }
            Assumptions.abort("not root: the full-disk test mounts a small tmpfs under the data folder and is skipped");
        }
        messages = Files.createDirectories(dataDir.resolve("messages"));
        String out = run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", messages.toString());
        mounted = Files.getFileStore(messages).type().equals("tmpfs");
        assertThat(mounted).as("tmpfs mounted on " + messages + ": " + out).isTrue();
        mail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
        mail.start();
        mail.setUser(Bot.MAILBOX, Bot.MAILBOX, PASSWORD);
    }

    @AfterEach
    void unmount() throws Exception {
        if (bot != null) {
            bot.close();
        }
        if (mail != null) {
            mail.stop();
        }
        if (mounted) {
            run("umount", messages.toString());
        }
    }

    @Test
    void aPollOnAFullDiskRecordsAndMarksNothingLeavesNoHalfFileAndTheNextOneAfterSpaceIsFreedTakesEachOnce()
            throws Exception {
        for (int i = 0; i < IDS.size(); i++) {
            RawSmtp.deliver(mail.getSmtp().getPort(), "mttq.phuocdai@gmail.com", Bot.MAILBOX,
                    Mails.message(IDS.get(i), "Bao cao " + (i + 1)));
        }
        assertThat(mail.waitForIncomingEmail(5_000, 3)).isTrue();
        bot = Bot.start(dataDir, Bot.imapUrl(Bot.MAILBOX, PASSWORD, mail.getImap().getPort()),
                "--reportbot.mailbox.idle=false", "--reportbot.mailbox.processed-folder=Processed");
        Path filler = fillUp(messages.resolve("filler"));

        JobResult full = bot.poll();
        assertThat(full.details()).singleElement().asString()
                .contains("Không ghi được thư vào thư mục dữ liệu " + messages)
                .contains("No space left on device").contains("ổ đĩa đã đầy");
        assertThat(bot.mailboxesStatus()).isEqualTo("DOWN");
        assertThat(bot.mailboxesHealth()).contains("ổ đĩa đã đầy");
        assertThat(bot.reports()).isZero();
        assertThat(filesUnder(messages)).as("no half-written message").containsExactly(filler);
        Mails.FolderView inbox = Mails.look(mail.getImap().getPort(), Bot.MAILBOX, PASSWORD, "INBOX");
        assertThat(inbox.subjects()).hasSize(3);
        assertThat(inbox.seen()).as("nothing marked processed").containsOnly(false);

        Files.delete(filler);
        assertThat(bot.poll().messagesRead()).isEqualTo(3);
        for (String id : IDS) {
            assertThat(bot.reportsWithMessageId(id)).as(id).isEqualTo(1);
        }
        assertThat(filesUnder(messages)).hasSize(3).allMatch(file -> file.toString().endsWith(".eml"));
        assertThat(Mails.look(mail.getImap().getPort(), Bot.MAILBOX, PASSWORD, "INBOX").subjects()).isEmpty();
        assertThat(Mails.look(mail.getImap().getPort(), Bot.MAILBOX, PASSWORD, "Processed").seen())
                .containsExactly(true, true, true);
        assertThat(bot.mailboxesStatus()).isEqualTo("UP");
    }

    /** Writes {@code file} until the disk takes no more. */
    private static Path fillUp(Path file) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
        return file;
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
