package vn.reportbot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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
final class ClassifyCommand {

    private static final String USAGE =
            "usage: classify --directory FILE --dispatch FILE [--dispatch FILE]... [--at ISO-DATE-TIME] PATH...";

    private final PrintStream out;
    private final PrintStream err;

    ClassifyCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Path directoryFile = null;
        List<Path> dispatchFiles = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--directory" -> directoryFile = Path.of(value(args, ++i, "--directory"));
                case "--dispatch" -> dispatchFiles.add(Path.of(value(args, ++i, "--dispatch")));
                case "--at" -> checkMoment(value(args, ++i, "--at"));
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new UsageException("unknown option " + args[i] + "; " + USAGE);
                    }
                    paths.add(Path.of(args[i]));
                }
            }
        }
        if (directoryFile == null || paths.isEmpty()) {
            throw new UsageException(USAGE);
        }
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
            return new ClassifyJson(name, null, "OTHER", "NEEDS_REVIEW", null, null, null, List.of(), 0.0,
                    List.of("the message cannot be read: " + e.getMessage()));
        } catch (IOException e) {
            return new ClassifyJson(name, null, "OTHER", "NEEDS_REVIEW", null, null, null, List.of(), 0.0,
                    List.of("the file cannot be read: " + e.getMessage()));
        }
        MatchResult r = matcher.match(message);
        return new ClassifyJson(name, message.messageId(), r.kind().name(), r.decision().name(), r.officeId(), r.unitId(),
                r.dispatch() == null ? null : r.dispatch().number(), r.tasks(), r.confidence(), r.reasons());
    }

    private static List<Path> emlFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UsageException("cannot list " + path + ": " + e.getMessage());
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }

    private static void checkMoment(String at) {
        try {
            OffsetDateTime.parse(at);
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(at);
            } catch (DateTimeParseException e2) {
                throw new UsageException("--at takes an ISO date-time such as 2021-09-20T08:00:00+07:00, not '" + at + "'");
            }
        }
    }
}
