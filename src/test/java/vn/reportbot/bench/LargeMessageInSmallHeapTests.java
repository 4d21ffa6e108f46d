package vn.reportbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report with a 25 MB attachment (34 MB as sent) is read by {@code MessageReader} in a JVM of 256 MB heap: a
 * child JVM on this test's class path, so that the limit is real and the test's own heap does not count.
 */
class LargeMessageInSmallHeapTests {

    @TempDir
    Path dir;

    @Test
    void aMessageWithA25MbAttachmentIsReadWithin256MbOfHeap() throws Exception {
        Path message = LargeReport.writeTo(dir.resolve("large.eml"), "mttq.phuocdai@bench.example",
                GeneratedDistrict.MAILBOX, 25);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = dir.resolve("child.out");
        Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), ReadLargeMessage.class.getName(), message.toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();

        assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the child JVM ends").isTrue();
        String printed = read(output);
        assertThat(child.exitValue()).as(printed).isZero();
        assertThat(printed).doesNotContain("OutOfMemoryError").contains("read " + LargeReport.MESSAGE_ID)
                .contains("attachment " + LargeReport.FILE_NAME + " " + 25 * 1024 * 1024);
    }

    private static String read(Path file) throws IOException {
        return java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
    }
}
