package vn.reportbot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.reportbot.directory.DirectoryException;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.directory.Office;
import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatch.OfficeResolver;
import vn.reportbot.dispatchtext.DispatchParseException;
import vn.reportbot.dispatchtext.DispatchParser;
import vn.reportbot.dispatchtext.ParsedDispatch;

/** {@code parse-dispatch [--directory FILE] FILE...}: one JSON object per file, without touching any database. */
@Command(name = "parse-dispatch", customSynopsis = "parse-dispatch [--directory FILE] FILE...",
        description = {"Parses dispatch documents (.txt, .docx, .doc, .pdf, .odt) without touching any database: one JSON "
                + "object per file on standard output, with \"problems\" naming what a document lacks, {\"file\",\"error\"} for a "
                + "file that is not a dispatch or cannot be read; exit status 1 when any file has problems or an error."})
final class ParseDispatchCommand implements CliCommand {

    @Option(names = "--directory", paramLabel = "FILE",
            description = "The directory (config/directory.yml): gives each dispatch's office.")
    private Path directoryFile;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The dispatch documents.")
    private List<Path> files;

    @Override
    public int run(PrintStream out, PrintStream err) {
        Optional<OfficeResolver> offices;
        try {
            offices = Optional.ofNullable(directoryFile).map(DirectoryLoader::load).map(OfficeResolver::new);
        } catch (DirectoryException e) {
            err.println("reportbot parse-dispatch: " + e.getMessage());
            return 1;
        }
        DispatchParser parser = new DispatchParser();
        int status = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                ParsedDispatch parsed = parser.parse(DocumentText.read(file));
                String office = offices.flatMap(r -> r.resolve(parsed)).map(Office::id).orElse(null);
                out.println(Json.line(DispatchJson.of(null, name, parsed, office)));
                if (!parsed.problems().isEmpty()) {
                    status = 1;
                }
            } catch (DispatchParseException e) {
                status = 1;
                out.println(Json.line(error(name, e.getMessage())));
            } catch (NoSuchFileException e) {
                status = 1;
                out.println(Json.line(error(name, "no such file: " + file)));
            } catch (IOException e) {
                status = 1;
                out.println(Json.line(error(name, e.getMessage())));
            }
        }
        return status;
    }

    private static Map<String, String> error(String file, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("file", file);
        error.put("error", message);
        return error;
    }
}
