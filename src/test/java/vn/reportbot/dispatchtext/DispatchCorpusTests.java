package vn.reportbot.dispatchtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.reportbot.documents.DocumentTextReader;

/**
 * The dispatch corpus ({@code src/test/resources/dispatch-corpus/}): dispatches as people paste them from web pages
 * and extract them from PDFs, each beside the fields a clerk would read from it ({@code NAME.expected.json}). Every
 * field of every document must come out right; the figures are printed as {@code figure NAME VALUE} lines.
 */
class DispatchCorpusTests {

    private static final Path CORPUS = Path.of("src/test/resources/dispatch-corpus");
    private static final List<String> FIELDS = List.of("number", "issuedOn", "issuer", "subject", "recipients",
            "taskCount", "tasks", "deadline", "cadence", "mailbox", "signer", "problems");

    private final DispatchParser parser = new DispatchParser();
    private final DocumentTextReader documents = new DocumentTextReader();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyFieldOfEveryDocumentOfTheCorpusIsReadRight() throws IOException {
        List<Path> files = documents();
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        int fields = 0;
        int right = 0;
        int whole = 0;
        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            JsonNode expected = json.readTree(Files.readString(expectedOf(file)));
            List<String> misses = compare(file, expected);
            int count = expected.has("error") ? 1 : FIELDS.size();
            fields += count;
            right += count - misses.size();
            whole += misses.isEmpty() ? 1 : 0;
            misses.forEach(miss -> wrong.add(file.getFileName() + ": " + miss));
        }
        System.out.printf(Locale.ROOT, "figure dispatch_documents %d%n", files.size());
        System.out.printf(Locale.ROOT, "figure dispatch_fields_right %.2f%n", (double) right / fields);
        System.out.printf(Locale.ROOT, "figure dispatch_documents_fully_right %.2f%n", (double) whole / files.size());
        System.out.printf(Locale.ROOT, "dispatch corpus: %d of %d fields right, %d of %d documents fully right%n",
                right, fields, whole, files.size());
        assertThat(wrong).as("fields read wrong").isEmpty();
    }

    private List<String> compare(Path file, JsonNode expected) throws IOException {
        String name = file.getFileName().toString();
        String text = documents.read(name, Files.readAllBytes(file));
        ParsedDispatch parsed;
        try {
            parsed = parser.parse(text);
        } catch (DispatchParseException e) {
            return expected.has("error") ? List.of() : List.of("error instead of a dispatch: " + e.getMessage());
        }
        if (expected.has("error")) {
            return List.of("read as a dispatch, but it is none: " + parsed);
        }
        List<String> misses = new ArrayList<>();
        check(misses, "number", expected.get("number"), parsed.number());
        check(misses, "issuedOn", expected.get("issuedOn"), Objects.toString(parsed.issuedOn(), null));
        check(misses, "issuer", expected.get("issuer"), parsed.issuer());
        check(misses, "subject", expected.get("subject"), parsed.subject());
        checkList(misses, "recipients", expected.get("recipients"), parsed.recipients(), false);
        if (expected.get("taskCount").asInt() != parsed.tasks().size()) {
            misses.add("taskCount: expected " + expected.get("taskCount") + ", read " + parsed.tasks().size());
        }
        checkList(misses, "tasks", expected.get("tasks"), parsed.tasks().stream().map(DispatchTask::text).toList(), true);
        check(misses, "deadline", expected.get("deadline"), Objects.toString(parsed.deadline(), null));
        check(misses, "cadence", expected.get("cadence"),
                parsed.cadence() == null ? null : parsed.cadence().frequency().name());
        check(misses, "mailbox", expected.get("mailbox"), parsed.mailbox());
        check(misses, "signer", expected.get("signer"), parsed.signer());
        checkList(misses, "problems", expected.get("problems"), parsed.problems(), false);
        return misses;
    }

    private static void check(List<String> misses, String field, JsonNode expected, String actual) {
        String want = expected == null || expected.isNull() ? null : expected.asString();
        if (!Objects.equals(want, actual)) {
            misses.add(field + ": expected " + want + ", read " + actual);
        }
    }

    /** Lists compared item by item; task texts by their beginning (a corpus need not copy whole paragraphs). */
    private static void checkList(List<String> misses, String field, JsonNode expected, List<String> actual,
                                  boolean prefixes) {
        List<String> want = new ArrayList<>();
        expected.forEach(item -> want.add(item.asString()));
        boolean same = want.size() == actual.size();
        for (int i = 0; same && i < want.size(); i++) {
            same = prefixes ? actual.get(i).startsWith(want.get(i)) : actual.get(i).equals(want.get(i));
        }
        if (!same) {
            misses.add(field + ": expected " + want + ", read " + actual);
        }
    }

    private static List<Path> documents() throws IOException {
        try (Stream<Path> all = Files.list(CORPUS)) {
            return all.filter(p -> !p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
    }

    private static Path expectedOf(Path document) {
        String name = document.getFileName().toString();
        return document.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
    }
}
