package vn.reportbot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryException;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.directory.Office;
import vn.reportbot.dispatch.InMemoryDispatchCatalog;
import vn.reportbot.dispatch.OfficeResolver;
import vn.reportbot.dispatch.UnknownOfficeException;
import vn.reportbot.dispatchtext.DispatchParseException;
import vn.reportbot.dispatchtext.DispatchParser;
import vn.reportbot.dispatchtext.ParsedDispatch;
import vn.reportbot.intake.MalformedMessageException;
import vn.reportbot.intake.MessageReader;
import vn.reportbot.intake.ReceivedMessage;
import vn.reportbot.matching.MatchResult;
import vn.reportbot.matching.ReportMatcher;
import vn.reportbot.matching.SentMailIndex;

/**
 * {@code classify --directory FILE --dispatch FILE [--dispatch FILE]... [--at ISO-DATE-TIME] PATH...}:
 * the service's reading and matching, offline and in memory, one JSON object per message.
 */
@Command(name = "classify",
        customSynopsis = "classify --directory FILE --dispatch FILE [--dispatch FILE]... [--at ISO-DATE-TIME] PATH...",
        description = {"Runs the service's own reading, classification and matching offline, in memory: imports the "
                + "dispatches for the directory's offices, then prints one JSON object per message on standard output."})
final class ClassifyCommand implements CliCommand {

    @Spec
    private CommandSpec spec;

    @Option(names = "--directory", paramLabel = "FILE", required = true,
            description = "The directory (config/directory.yml): the offices, their units and addresses.")
    private Path directoryFile;

    @Option(names = "--dispatch", paramLabel = "FILE", description = "A dispatch to match the messages against; repeatable.")
    private List<Path> dispatchFiles = new ArrayList<>();

    @Option(names = "--at", paramLabel = "ISO-DATE-TIME", converter = IsoDateTime.class,
            description = "\"Now\" for deadlines and periods, such as 2021-09-20T08:00:00+07:00 (default: the message's Date).")
    private Temporal at; // checked as before; matching takes "now" from each message, it has no clock to set

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "The .eml messages; a folder stands for every .eml under it, in name order.")
    private List<Path> paths;

    @Override
    public int run(PrintStream out, PrintStream err) {
        Directory directory;
        try {
            directory = DirectoryLoader.load(directoryFile);
        } catch (DirectoryException e) {
            err.println("reportbot classify: " + e.getMessage());
            return 1;
        }
        int status = 0;
        InMemoryDispatchCatalog catalog = new InMemoryDispatchCatalog();
        OfficeResolver offices = new OfficeResolver(directory);
        DispatchParser parser = new DispatchParser();
        for (Path file : dispatchFiles) {
            try {
                ParsedDispatch parsed = parser.parse(DocumentText.read(file));
                Office office = offices.require(parsed, java.util.Optional.empty());
                catalog.add(office.id(), parsed);
            } catch (DispatchParseException | UnknownOfficeException | IOException e) {
                err.println("reportbot classify: dispatch " + file + " not imported: " + e.getMessage());
                status = 1;
            }
        }
        ReportMatcher matcher = new ReportMatcher(directory, catalog, SentMailIndex.none());
        MessageReader reader = new MessageReader();
        for (Path eml : emlFiles(paths)) {
            out.println(Json.line(classify(reader, matcher, eml)));
        }
        return status;
    }

    private ClassifyJson classify(MessageReader reader, ReportMatcher matcher, Path eml) {
        String name = eml.getFileName().toString();
        ReceivedMessage message;
        try {
            message = reader.read(Files.readAllBytes(eml));
        } catch (MalformedMessageException e) {
            return new ClassifyJson(name, null, "OTHER", "NEEDS_REVIEW", null, null, null, null, List.of(), 0.0,
                    List.of("the message cannot be read: " + e.getMessage()));
        } catch (IOException e) {
            return new ClassifyJson(name, null, "OTHER", "NEEDS_REVIEW", null, null, null, null, List.of(), 0.0,
                    List.of("the file cannot be read: " + e.getMessage()));
        }
        MatchResult r = matcher.match(message);
        return new ClassifyJson(name, message.messageId(), r.kind().name(), r.decision().name(), r.officeId(), r.unitId(),
                r.dispatch() == null ? null : r.dispatch().number(), r.dispatch() == null ? null : r.dispatch().issuedOn(),
                r.tasks(), r.confidence(), r.reasons());
    }

    private List<Path> emlFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new ParameterException(spec.commandLine(), "cannot list " + path + ": " + e.getMessage());
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** {@code --at}: an ISO date-time, with an offset or without. */
    static final class IsoDateTime implements ITypeConverter<Temporal> {
        @Override
        public Temporal convert(String at) {
            try {
                return OffsetDateTime.parse(at);
            } catch (DateTimeParseException e) {
                try {
                    return LocalDateTime.parse(at);
                } catch (DateTimeParseException e2) {
                    throw new TypeConversionException("an ISO date-time such as 2021-09-20T08:00:00+07:00");
                }
            }
        }
    }
}
