package vn.reportbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reportbot.ReportbotApplication;

/**
 * The whole service, in a child JVM of 128 MB heap, takes in a report with a 25 MB attachment (34 MB as sent) from
 * a GreenMail running in this JVM: fetches it, stores it, reads it, matches and records it, marks it {@code \Seen} and
 * acknowledges it ({@link LargeMessagePoll}, as {@link SmallestHeap} runs it). The mail server's own memory does not
 * count against the limit. It took 128 MB before the poll stopped holding the message twice, and 80 MB since
 * ({@code smallest_xmx_25mb_mb}): the test keeps a margin above that.
 */
class LargeMessageIngestIT {

    @TempDir
    Path dir;

    @Test
    void theServiceTakesInA25MbAttachmentWithin128MbOfHeap() throws Exception {
        GeneratedDistrict district = new GeneratedDistrict(9, LocalDate.now());
        Path directory = Files.writeString(dir.resolve("directory.yml"), district.directoryYaml());
        Path dispatch = Files.writeString(dir.resolve("dispatch.txt"), district.dispatchText());
        Path message = LargeReport.writeTo(dir.resolve("large.eml"), district.communes().get(0).email(),
                GeneratedDistrict.MAILBOX, 25);
        try (LoopbackMailServer mail = new LoopbackMailServer(GeneratedDistrict.MAILBOX)) {
            SmallestHeap.deliver(mail, message);
            Path output = dir.resolve("child.out");
            Process child = new ProcessBuilder(ChildJvm.command(128, LargeMessagePoll.class, List.of(
                    ReportbotApplication.class.getName(), dir.resolve("service").toString(), directory.toString(),
                    dispatch.toString(), mail.imapUrl(), String.valueOf(mail.smtpPort()))))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();

            assertThat(child.waitFor(3, TimeUnit.MINUTES)).as("the child JVM ends").isTrue();
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(child.exitValue()).as(printed).isZero();
            assertThat(printed).doesNotContain("OutOfMemoryError").contains("read 1 matched 1 sent 1");
            assertThat(SmallestHeap.seen(mail)).as("marked processed on the server").isTrue();
        }
    }
}
