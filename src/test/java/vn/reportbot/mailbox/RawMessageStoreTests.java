package vn.reportbot.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/** Raw messages are kept byte for byte under their SHA-256, and a folder removed under the store is made again. */
class RawMessageStoreTests {

    @TempDir
    Path dataDir;

    @Test
    void aMessageIsKeptByteForByteUnderItsHashAndStoringItAgainChangesNothing() throws Exception {
        RawMessageStore store = new RawMessageStore(dataDir);
        byte[] raw = "Subject: Báo cáo\r\n\r\nNội dung\r\n".getBytes(StandardCharsets.UTF_8);
        String sha = store.store(raw);
        assertThat(sha).isEqualTo(RawMessageStore.sha256(raw)).hasSize(64);
        assertThat(store.pathOf(sha)).hasBinaryContent(raw);
        assertThat(store.store(raw)).isEqualTo(sha);
        try (var files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile)).as("one file, no leftover part").hasSize(1);
        }
    }

    @Test
    void aMessageFolderRemovedWhileTheServiceRunsIsMadeAgainForTheNextMessage() throws Exception {
        RawMessageStore store = new RawMessageStore(dataDir);
        byte[] first = "Subject: a\r\n\r\n1\r\n".getBytes(StandardCharsets.US_ASCII);
        store.store(first);
        FileSystemUtils.deleteRecursively(dataDir.resolve("messages")); // an operator clearing old messages
        byte[] again = first.clone();
        String sha = store.store(again);
        assertThat(store.pathOf(sha)).as("stored again in a folder made anew").hasBinaryContent(first);
        byte[] sameFolders = "Subject: b\r\n\r\n2\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(store.pathOf(store.store(sameFolders))).hasBinaryContent(sameFolders);
    }
}
