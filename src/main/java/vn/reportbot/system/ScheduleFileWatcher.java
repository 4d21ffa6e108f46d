package vn.reportbot.system;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * Watches the configuration files the service imports ({@code spring.config.import}, {@code file:} ones:
 * {@code config/application.yml} by default) and, when one changes, reads the settings again, that file as it is now
 * and everything else as at start-up (so a command-line setting still wins), and hands them to the schedule, which
 * replaces the triggers whose schedule changed. A file that cannot be read leaves the schedule as it was, with an
 * error in the log.
 */
final class ScheduleFileWatcher implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ScheduleFileWatcher.class);

    /** What a change does with the settings read again: returns the changes made, for the log. */
    interface Reload {
        List<String> apply(Binder settings) throws SchedulerException;
    }

    private final ConfigurableEnvironment environment;
    private final Reload reload;
    private final Map<Path, String> files = new LinkedHashMap<>();
    private WatchService watch;

    ScheduleFileWatcher(ConfigurableEnvironment environment, Reload reload) {
        this.environment = environment;
        this.reload = reload;
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.equals("spring.config.import") || name.startsWith("spring.config.import[")) {
                        imports(String.valueOf(enumerable.getProperty(name)));
                    }
                }
            }
        }
    }

    private void imports(String value) {
        for (String location : value.split(",")) {
            String file = location.trim();
            String path = file.startsWith("optional:") ? file.substring("optional:".length()) : file;
            if (path.startsWith("file:") && (path.endsWith(".yml") || path.endsWith(".yaml"))) {
                files.putIfAbsent(Path.of(path.substring("file:".length())).toAbsolutePath().normalize(), file);
            }
        }
    }

    /** The files watched, each with the location it is imported by. */
    Map<Path, String> files() {
        return Map.copyOf(files);
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        List<Path> folders = files.keySet().stream().map(Path::getParent).filter(Files::isDirectory).distinct().toList();
        if (folders.isEmpty()) {
            return;
        }
        watch = FileSystems.getDefault().newWatchService();
        for (Path folder : folders) {
            folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        }
        Thread thread = new Thread(this::watchLoop, "schedule-file-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watchLoop() {
        try {
            while (true) {
                WatchKey key = watch.take();
                List<Path> changed = new ArrayList<>();
                collect(key, changed);
                // an editor writes a file in steps: take what follows within a moment as the same change
                for (WatchKey more = watch.poll(300, TimeUnit.MILLISECONDS); more != null;
                     more = watch.poll(300, TimeUnit.MILLISECONDS)) {
                    collect(more, changed);
                }
                for (Path file : changed.stream().distinct().toList()) {
                    reread(file);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, List<Path> changed) {
        Path folder = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name && files.containsKey(folder.resolve(name))) {
                changed.add(folder.resolve(name));
            }
        }
        key.reset();
    }

    /** Reads the settings again with {@code file} as it is now, and reloads the schedule from them. */
    void reread(Path file) {
        try {
            List<String> changes = reload.apply(settingsWith(file));
            log.info("Configuration {} changed: {}", file, changes.isEmpty() ? "no schedule changed"
                    : String.join("; ", changes));
        } catch (IOException | RuntimeException | SchedulerException e) {
            log.error("Configuration {} changed but cannot be used, the schedule stays as it was: {}", file,
                    e.getMessage());
        }
    }

    private Binder settingsWith(Path file) throws IOException {
        String location = files.get(file);
        MutablePropertySources sources = new MutablePropertySources(environment.getPropertySources());
        List<PropertySource<?>> fresh = Files.exists(file)
                ? new YamlPropertySourceLoader().load("reloaded " + location, new FileSystemResource(file))
                : List.of();
        String anchor = null;
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source.getName().contains("'" + location + "'")) {
                anchor = anchor == null ? source.getName() : anchor;
            }
        }
        if (anchor == null) {
            anchor = environment.getPropertySources().stream().map(PropertySource::getName)
                    .filter(n -> n.startsWith("Config resource")).findFirst().orElse(null);
        }
        for (PropertySource<?> source : fresh) {
            if (anchor == null) {
                sources.addLast(source);
            } else {
                sources.addBefore(anchor, source);
            }
        }
        environment.getPropertySources().stream().map(PropertySource::getName)
                .filter(n -> n.contains("'" + location + "'")).forEach(sources::remove);
        sources.remove(ConfigurationPropertySources.class.getName());
        sources.remove("configurationProperties");
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
    }

    @Override
    public void destroy() throws IOException {
        if (watch != null) {
            watch.close();
        }
    }
}
