package vn.reportbot.dispatch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import vn.reportbot.dispatchtext.DispatchParseException;
import vn.reportbot.documents.DocumentTextReader;
import vn.reportbot.documents.UnreadableDocumentException;

/**
 * Imports the dispatch files of {@code reportbot.dispatches} at start-up and whenever one is added.
 * A file already imported is skipped; a file that cannot be imported is logged with the reason.
 */
public final class DispatchFolderImporter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DispatchFolderImporter.class);

    private final Path folder;
    private final DispatchImporter importer;
    private WatchService watcher;

    DispatchFolderImporter(Path folder, DispatchImporter importer) {
        this.folder = folder;
        this.importer = importer;
    }

    /** Imports every file now; returns what was imported. */
    public List<ImportedDispatch> importAll() {
        List<ImportedDispatch> imported = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            log.info("Dispatch folder {} does not exist; no dispatch imported at start-up", folder);
            return imported;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> importFile(f).ifPresent(imported::add));
        } catch (IOException e) {
            log.warn("Dispatch folder {} cannot be listed: {}", folder, e.getMessage());
        }
        return imported;
    }

    Optional<ImportedDispatch> importFile(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            return Optional.empty();
        }
        if (!DocumentTextReader.isSupported(lower)) {
            log.warn("Dispatch file {} skipped: dispatches are read from .txt, .docx, .doc, .pdf and .odt files", file);
            return Optional.empty();
        }
        try {
            return Optional.of(importer.importFile(name, Files.readAllBytes(file), Optional.empty()));
        } catch (DuplicateDispatchException e) {
            log.debug("Dispatch file {} already imported", file);
        } catch (UnreadableDocumentException e) {
            log.warn("Dispatch file {} not imported: {}", file, e.getMessage());
        } catch (DispatchParseException | UnknownOfficeException e) {
            log.warn("Dispatch file {} not imported: {}", file, e.getMessage());
        } catch (IOException e) {
            log.warn("Dispatch file {} cannot be read: {}", file, e.getMessage());
        }
        return Optional.empty();
    }

    /** Watches the folder on a daemon thread and imports files as they are added. */
    public void watch() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            watcher = folder.getFileSystem().newWatchService();
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException e) {
            log.warn("Dispatch folder {} cannot be watched ({}); new files are imported at the next start", folder, e.getMessage());
            return;
        }
        Thread thread = new Thread(this::watchLoop, "dispatch-folder-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watchLoop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                for (var event : key.pollEvents()) {
                    if (event.context() instanceof Path p) {
                        importFile(folder.resolve(p));
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
