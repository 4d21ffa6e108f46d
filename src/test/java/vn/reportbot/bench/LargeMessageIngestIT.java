package vn.reportbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedFileInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole service, in a child JVM of 256 MB heap, takes in a report with a 25 MB attachment (34 MB as sent) from
 * a GreenMail running in this JVM: fetches it, stores it, reads it, matches and records it, marks it {@code \Seen} and
 * acknowledges it. The mail server's own memory does not count against the limit.
 */
class LargeMessageIngestIT {

    @TempDir
    Path dir;

    @Test
    void theServiceTakesInA25MbAttachmentWithin256MbOfHeap() throws Exception {
        GeneratedDistrict district = new GeneratedDistrict(9, LocalDate.now());
        Path directory = Files.writeString(dir.resolve("directory.yml"), district.directoryYaml());
        Path dispatch = Files.writeString(dir.resolve("dispatch.txt"), district.dispatchText());
        Path message = LargeReport.writeTo(dir.resolve("large.eml"), district.communes().get(0).email(),
                GeneratedDistrict.MAILBOX, 25);
        try (LoopbackMailServer mail = new LoopbackMailServer(GeneratedDistrict.MAILBOX)) {
            deliver(mail, message);
            Path output = dir.resolve("child.out");
            Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                    PollLargeMessage.class.getName(), dir.resolve("service").toString(), directory.toString(),
                    dispatch.toString(), mail.imapUrl(), String.valueOf(mail.smtpPort())))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();

            assertThat(child.waitFor(3, TimeUnit.MINUTES)).as("the child JVM ends").isTrue();
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(child.exitValue()).as(printed).isZero();
            assertThat(printed).doesNotContain("OutOfMemoryError").contains("read 1 matched 1 sent 1");
            assertThat(seen(mail)).as("marked processed on the server").isTrue();
        }
    }

    private static void deliver(LoopbackMailServer mail, Path file) throws Exception {
        Session session = Session.getInstance(new Properties());
        try (SharedFileInputStream in = new SharedFileInputStream(file.toFile());
             Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", mail.smtpPort(), null, null);
            transport.sendMessage(new MimeMessage(session, in), new Address[] {new InternetAddress(mail.mailbox())});
        }
    }

    private static boolean seen(LoopbackMailServer mail) throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", mail.imapPort(), mail.mailbox(), LoopbackMailServer.PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return inbox.getMessage(1).isSet(Flags.Flag.SEEN);
            } finally {
                inbox.close(false);
            }
        }
    }
}
