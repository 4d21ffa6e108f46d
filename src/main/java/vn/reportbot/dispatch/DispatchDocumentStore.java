package vn.reportbot.dispatch;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code dispatch_document} table: each dispatch imported from a file keeps that file, in the database so that
 * it commits with the import and travels with the data (an import run from the command line on another machine
 * included).
 */
@Repository
class DispatchDocumentStore implements DispatchDocuments {

    private static final Map<String, String> TYPES = Map.of(
            ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".doc", "application/msword",
            ".pdf", "application/pdf",
            ".odt", "application/vnd.oasis.opendocument.text",
            ".txt", "text/plain; charset=UTF-8");

    private final JdbcClient jdbc;
    private final Clock clock;

    DispatchDocumentStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void store(long dispatchId, String fileName, byte[] bytes) {
        jdbc.sql("INSERT INTO dispatch_document (dispatch_id, file_name, sha256, size_bytes, content, stored_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(dispatchId, fileName, sha256(bytes), bytes.length, bytes, Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    public Optional<DispatchDocument> original(long dispatchId) {
        return jdbc.sql("SELECT file_name, content FROM dispatch_document WHERE dispatch_id = ?").param(dispatchId)
                .query((rs, n) -> new DispatchDocument(rs.getString(1), typeOf(rs.getString(1)), rs.getBytes(2)))
                .optional();
    }

    static String typeOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream" : TYPES.getOrDefault(lower.substring(dot), "application/octet-stream");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
