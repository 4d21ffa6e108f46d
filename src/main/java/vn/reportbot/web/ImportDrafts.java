package vn.reportbot.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.reportbot.dispatchtext.ParsedDispatch;
import vn.reportbot.system.SystemProperties;

/**
 * The dispatches read on the import page and not yet confirmed, each under a random token and visible to the login
 * that read it only. An uploaded file waits in {@code <data-dir>/import-drafts/} for the confirmation (it is kept with
 * the dispatch then); a draft is dropped when confirmed or discarded, after {@link #KEPT} and, beyond {@link #MOST}
 * drafts, the oldest first. The folder is emptied at start-up: a draft does not outlive the service.
 */
@Component
class ImportDrafts {

    static final int MOST = 40;
    static final Duration KEPT = Duration.ofHours(2);

    /**
     * @param sourceName the file's name, or null for pasted text
     * @param file       where the file waits, or null for pasted text
     * @param read       the dispatch as the parser read it
     * @param current    as corrected so far
     * @param officeId   the office it will be imported for, or null while none is chosen
     */
    record Draft(String token, String owner, String sourceName, Path file, ParsedDispatch read, ParsedDispatch current,
                 String officeId, Instant at) {

        Draft corrected(ParsedDispatch now, String office) {
            return new Draft(token, owner, sourceName, file, read, now, office, at);
        }
    }

    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Path folder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ImportDrafts(SystemProperties system, Clock clock) throws IOException {
        this.folder = system.dataDir().resolve("import-drafts");
        this.clock = clock;
        Files.createDirectories(folder);
        try (Stream<Path> left = Files.list(folder)) {
            for (Path file : left.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    synchronized Draft add(String owner, String sourceName, byte[] file, ParsedDispatch read, String officeId) {
        dropStale();
        while (drafts.size() >= MOST) {
            drafts.values().stream().min(Comparator.comparing(Draft::at)).ifPresent(d -> remove(d.token()));
        }
        String token = HexFormat.of().formatHex(bytes(16));
        Path kept = null;
        if (file != null) {
            kept = folder.resolve(token);
            try {
                Files.write(kept, file);
            } catch (IOException e) {
                try {
                    Files.deleteIfExists(kept); // no half-written draft file is left behind (a full disk)
                } catch (IOException ignored) {
                    // the folder is emptied at start-up anyway
                }
                throw new UncheckedIOException("Không lưu được tệp tải lên vào " + folder + ": " + e.getMessage(), e);
            }
        }
        Draft draft = new Draft(token, owner, sourceName, kept, read, read, officeId, clock.instant());
        drafts.put(token, draft);
        return draft;
    }

    /** The draft of that token if {@code owner} made it and it is still kept. */
    synchronized Optional<Draft> find(String token, String owner) {
        dropStale();
        Draft draft = drafts.get(token);
        return draft != null && draft.owner().equals(owner) ? Optional.of(draft) : Optional.empty();
    }

    synchronized void update(Draft draft) {
        if (drafts.containsKey(draft.token())) {
            drafts.put(draft.token(), draft);
        }
    }

    byte[] fileOf(Draft draft) {
        try {
            return draft.file() == null ? null : Files.readAllBytes(draft.file());
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file of draft " + draft.token() + " is gone", e);
        }
    }

    synchronized void remove(String token) {
        Draft draft = drafts.remove(token);
        if (draft != null && draft.file() != null) {
            try {
                Files.deleteIfExists(draft.file());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + draft.file(), e);
            }
        }
    }

    private void dropStale() {
        Instant oldest = clock.instant().minus(KEPT);
        drafts.values().stream().filter(d -> d.at().isBefore(oldest)).map(Draft::token).toList().forEach(this::remove);
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
