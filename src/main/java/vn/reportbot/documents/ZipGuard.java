package vn.reportbot.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Inflates a zip-based document (.docx, .odt) once, counting, before anything else opens it: an archive that
 * expands beyond the limits is refused with a clear reason instead of running the JVM out of memory. Read with
 * Commons Compress, as POI reads it: the JDK's reader refuses the archives some writers make (Excel's streaming
 * writer among them: sizes after each entry's data, stored entries too).
 */
final class ZipGuard {

    /** No document's parts add up to more than this, whatever its size. */
    static final long MAX_TOTAL = 256L * 1024 * 1024;
    /** Beyond {@link #RATIO_FLOOR}, the parts may expand at most this many times the archive's size. */
    static final long MAX_RATIO = 100;
    static final long RATIO_FLOOR = 10L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    private ZipGuard() {
    }

    /**
     * Checks the archive and returns the contents of the named entries (at most {@link #MAX_TOTAL} bytes in all)
     * together with every entry's name as a key (value null for entries not asked for).
     */
    static Map<String, byte[]> inspect(byte[] zip, String kind, Set<String> wanted) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long limit = Math.min(MAX_TOTAL, Math.max(RATIO_FLOOR, MAX_RATIO * zip.length));
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new UnreadableDocumentException("zip bomb: the " + kind + " holds more than " + MAX_ENTRIES
                            + " parts; refused");
                }
                ByteArrayOutputStream keep = wanted.contains(entry.getName()) ? new ByteArrayOutputStream() : null;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    TimeLimit.check();
                    total += n;
                    if (total > limit) {
                        throw new UnreadableDocumentException("zip bomb: the " + kind + " of " + Sizes.human(zip.length)
                                + " expands to more than " + Sizes.human(limit) + " (at part " + entry.getName()
                                + "); refused");
                    }
                    if (keep != null) {
                        keep.write(buffer, 0, n);
                    }
                }
                entries.put(entry.getName(), keep == null ? null : keep.toByteArray());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableDocumentException("damaged " + kind + ": the zip archive cannot be read ("
                    + e.getMessage() + ")", e);
        }
        return entries;
    }
}
