package vn.reportbot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.reportbot.dispatch.DispatchImporter;
import vn.reportbot.dispatch.DuplicateDispatchException;
import vn.reportbot.dispatch.ImportedDispatch;
import vn.reportbot.dispatch.UnknownOfficeException;
import vn.reportbot.dispatchtext.DispatchParseException;
import vn.reportbot.documents.UnreadableDocumentException;

/**
 * {@code import-dispatch FILE... [--office ID]}: imports dispatches into the configured database, as
 * the service would (keeping each file, to attach to announcements), without starting the web server, the mail
 * server or the schedule. One JSON line
 * per file: the stored dispatch with its {@code id} and {@code tasksOpened}, or {@code {"file","error"}}.
 */
final class ImportDispatchCommand {

    private static final String USAGE = "usage: import-dispatch FILE... [--office ID]";

    private final PrintStream out;
    private final Class<?> application;

    ImportDispatchCommand(PrintStream out, Class<?> application) {
        this.out = out;
        this.application = application;
    }

    int run(String[] args) {
        Optional<String> office = Optional.empty();
        List<Path> files = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--office")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--office needs an office id; " + USAGE);
                }
                office = Optional.of(args[++i]);
            } else if (args[i].startsWith("--") && args[i].contains("=")) {
                springArgs.add(args[i]);
            } else if (args[i].startsWith("--")) {
                throw new UsageException("unknown option " + args[i] + "; " + USAGE);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException(USAGE);
        }
        springArgs.addAll(List.of("--reportbot.cli=true", "--spring.main.lazy-initialization=true",
                "--spring.quartz.auto-startup=false", "--reportbot.embedded-mail.enabled=false",
                "--logging.level.root=ERROR", "--logging.level.vn.reportbot=WARN"));
        int status = 0;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(springArgs.toArray(String[]::new))) {
            DispatchImporter importer = context.getBean(DispatchImporter.class);
            for (Path file : files) {
                String name = file.getFileName().toString();
                try {
                    ImportedDispatch imported = importer.importFile(name, DocumentText.bytes(file), office);
                    Map<String, Object> line = Json.MAPPER.convertValue(imported.dispatch(), Map.class);
                    line.put("tasksOpened", imported.tasksOpened());
                    out.println(Json.line(line));
                } catch (DispatchParseException | UnknownOfficeException | DuplicateDispatchException
                         | UnreadableDocumentException | IOException e) {
                    status = 1;
                    Map<String, String> error = new LinkedHashMap<>();
                    error.put("file", name);
                    error.put("error", e.getMessage());
                    out.println(Json.line(error));
                }
            }
        }
        return status;
    }
}
