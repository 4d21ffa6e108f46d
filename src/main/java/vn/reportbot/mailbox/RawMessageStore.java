package vn.reportbot.mailbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Raw messages on disk, content-addressed: {@code <data-dir>/messages/ab/cd/<sha256>.eml}.
 * A message is written to a temporary file and moved into place, so a crash never leaves half a file
 * under a real name; storing the same bytes twice is a no-op.
 */
final class RawMessageStore {

    private final Path root;

    RawMessageStore(Path dataDir) {
        this.root = dataDir.resolve("messages");
    }

    /** Stores the bytes and returns their hex SHA-256. */
    String store(byte[] raw) {
        String sha = sha256(raw);
        Path target = pathOf(sha);
        if (Files.exists(target)) {
            return sha;
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), sha, ".part");
            Files.write(temp, raw);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException(cannotWrite(root, e), e);
        }
        return sha;
    }

    /**
     * What staff read when the data folder cannot take a message: in Vietnamese, with the folder and the system's own
     * words ({@code No space left on device}), and what to do when the disk is full.
     */
    static String cannotWrite(Path folder, IOException e) {
        String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        boolean full = reason.contains("No space left") || reason.contains("Disk quota exceeded");
        return "Không ghi được thư vào thư mục dữ liệu " + folder + ": " + reason
                + (full ? " (ổ đĩa đã đầy: cần giải phóng chỗ trống; thư vẫn ở trên máy chủ và sẽ được đọc lại ở lần sau)"
                        : " (thư vẫn ở trên máy chủ và sẽ được đọc lại ở lần sau)");
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover .part file is never read: only names ending in .eml are
        }
    }

    /** The bytes stored under that SHA-256, if any. */
    java.util.Optional<byte[]> read(String sha) {
        if (sha == null || !sha.matches("[0-9a-f]{64}")) {
            return java.util.Optional.empty();
        }
        Path file = pathOf(sha);
        try {
            return Files.exists(file) ? java.util.Optional.of(Files.readAllBytes(file)) : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read raw message " + file + ": " + e.getMessage(), e);
        }
    }

    Path pathOf(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha + ".eml");
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
