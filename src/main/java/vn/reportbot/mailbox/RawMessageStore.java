package vn.reportbot.mailbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Raw messages on disk, content-addressed: {@code <data-dir>/messages/ab/cd/<sha256>.eml}.
 * A message is written to a temporary file and moved into place, so a crash never leaves half a file
 * under a real name; storing the same bytes twice is a no-op.
 */
final class RawMessageStore {

    /**
     * What one write hands the file at most: a channel writes an array from the heap through a direct buffer of the
     * same size, which a whole large message would make as large (Files.write keeps to 8 KiB for the same reason).
     */
    private static final int WRITE_BYTES = 64 * 1024;

    private final Path root;
    /**
     * The folders this store made or found, so that a message costs no {@code mkdir} of a folder that is there
     * (65,536 of them at most). One removed meanwhile fails the write, which then makes it again.
     */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    RawMessageStore(Path dataDir) {
        this.root = dataDir.resolve("messages");
    }

    /** Stores the bytes and returns their hex SHA-256. */
    String store(byte[] raw) {
        return store(raw, 0, raw.length);
    }

    /** Stores {@code length} bytes of {@code buffer} from {@code start} and returns their hex SHA-256. */
    String store(byte[] buffer, int start, int length) {
        String sha = sha256(buffer, start, length);
        Path target = pathOf(sha);
        if (Files.exists(target)) {
            return sha;
        }
        Path temp = null;
        try {
            temp = createTemp(target.getParent(), sha);
            try (java.io.OutputStream out = Files.newOutputStream(temp)) {
                for (int at = start, end = start + length; at < end; at += WRITE_BYTES) {
                    out.write(buffer, at, Math.min(WRITE_BYTES, end - at));
                }
            }
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

    /** A new temporary file in {@code folder}, made (with its parents) unless this store made or found it before. */
    private Path createTemp(Path folder, String sha) throws IOException {
        if (folders.contains(folder)) {
            try {
                return Files.createTempFile(folder, sha, ".part");
            } catch (NoSuchFileException removed) {
                folders.remove(folder);
            }
        }
        Files.createDirectories(folder);
        folders.add(folder);
        return Files.createTempFile(folder, sha, ".part");
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
        return sha256(raw, 0, raw.length);
    }

    static String sha256(byte[] buffer, int start, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(buffer, start, length);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
