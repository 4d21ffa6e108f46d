package vn.reportbot.templates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the shipped {@code templates/} folder, for tests that break one template. */
public final class TemplateFolders {

    /** The templates the project ships. */
    public static final Path SHIPPED = Path.of("templates");

    private TemplateFolders() {
    }

    /** A copy of the shipped templates in {@code parent/templates}. */
    public static Path copyOfShipped(Path parent) throws IOException {
        Path folder = Files.createDirectory(parent.resolve("templates"));
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName().toString()));
            }
        }
        return folder;
    }
}
