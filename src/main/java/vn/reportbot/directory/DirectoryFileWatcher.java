package vn.reportbot.directory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Watches the folder of the directory file and, when the file is written (by hand, by a script, or a copy put in its
 * place), has {@link DirectoryEditor} read it again. A file that does not load is logged and the running directory
 * stays as it was.
 */
final class DirectoryFileWatcher implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DirectoryFileWatcher.class);

    private final DirectoryEditor editor;
    private final boolean enabled;
    private WatchService watch;

    DirectoryFileWatcher(DirectoryEditor editor, boolean enabled) {
        this.editor = editor;
        this.enabled = enabled;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        Path folder = editor.file().toAbsolutePath().getParent();
        if (!enabled || folder == null) {
            return;
        }
        watch = FileSystems.getDefault().newWatchService();
        folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Thread thread = new Thread(this::watchLoop, "directory-file-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watchLoop() {
        Path name = editor.file().getFileName();
        try {
            while (true) {
                boolean ours = concerns(watch.take(), name);
                // an editor writes a file in steps: take what follows within a moment as the same change
                for (WatchKey more = watch.poll(300, TimeUnit.MILLISECONDS); more != null;
                     more = watch.poll(300, TimeUnit.MILLISECONDS)) {
                    ours |= concerns(more, name);
                }
                if (ours) {
                    Optional<String> problem = editor.reloadIfChanged();
                    problem.ifPresent(p -> log.error("Directory {} changed but does not load; the running directory"
                            + " stays as it was: {}", editor.file(), p));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean concerns(WatchKey key, Path name) {
        boolean ours = false;
        for (var event : key.pollEvents()) {
            ours |= name.equals(event.context());
        }
        key.reset();
        return ours;
    }

    @Override
    public void destroy() throws IOException {
        if (watch != null) {
            watch.close();
        }
    }
}
