package vn.reportbot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.reportbot.directory.DirectoryException;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.directory.Office;
import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatch.OfficeResolver;
import vn.reportbot.dispatchtext.DispatchParseException;
import vn.reportbot.dispatchtext.DispatchParser;
import vn.reportbot.dispatchtext.ParsedDispatch;

/** {@code parse-dispatch [--directory FILE] FILE...}: one JSON object per file, without touching any database. */
final class ParseDispatchCommand {

    private final PrintStream out;
    private final PrintStream err;

    ParseDispatchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Path directoryFile = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--directory")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--directory needs a file");
                }
                directoryFile = Path.of(args[++i]);
            } else if (args[i].startsWith("--")) {
                throw new UsageException("unknown option " + args[i] + "; usage: parse-dispatch [--directory FILE] FILE...");
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no file given; usage: parse-dispatch [--directory FILE] FILE...");
        }
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
