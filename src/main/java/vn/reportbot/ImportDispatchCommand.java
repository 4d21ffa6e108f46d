package vn.reportbot;

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

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.UnmatchedArgumentException;

import vn.reportbot.cli.CliCommand;
import vn.reportbot.cli.DocumentText;
import vn.reportbot.cli.Json;
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
 * per file: the stored dispatch with its {@code id} and {@code tasksOpened}, or {@code {"file","error"}}. It starts
 * this application, so it lives beside it, not in the command line's package; {@code --key=value} settings are handed
 * to the application as the service takes them.
 */
@Command(name = "import-dispatch", customSynopsis = "import-dispatch FILE... [--office ID]",
        description = {"Imports dispatches into the configured database as the service does, also while the service "
                + "runs on it: one JSON line per file, the stored dispatch with its id and tasksOpened, or "
                + "{\"file\",\"error\"}. Settings such as --reportbot.data-dir=DIR or --spring.datasource.url=URL "
                + "are handed to the application, as for the service."})
final class ImportDispatchCommand implements CliCommand {

    @Spec
    private CommandSpec spec;

    @Option(names = "--office", paramLabel = "ID",
            description = "The office the dispatches are for, when their text does not tell it.")
    private String office;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The dispatch documents (.txt, .docx, .doc, .pdf, .odt).")
    private List<Path> files;

    @Unmatched
    private List<String> settings = new ArrayList<>();

    @Override
    public int run(PrintStream out, PrintStream err) {
        List<String> springArgs = new ArrayList<>();
        for (String setting : settings) {
            if (!setting.startsWith("--") || !setting.contains("=")) {
                throw new UnmatchedArgumentException(spec.commandLine(), List.of(setting));
            }
            springArgs.add(setting);
        }
        springArgs.addAll(List.of("--reportbot.cli=true", "--spring.main.lazy-initialization=true",
                "--spring.quartz.auto-startup=false", "--reportbot.embedded-mail.enabled=false",
                "--logging.level.root=ERROR", "--logging.level.vn.reportbot=WARN"));
        int status = 0;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReportbotApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(springArgs.toArray(String[]::new))) {
            DispatchImporter importer = context.getBean(DispatchImporter.class);
            for (Path file : files) {
                String name = file.getFileName().toString();
                try {
                    ImportedDispatch imported = importer.importFile(name, DocumentText.bytes(file), Optional.ofNullable(office));
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
