package vn.reportbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.dispatch.InMemoryDispatchCatalog;
import vn.reportbot.dispatch.OfficeResolver;
import vn.reportbot.dispatchtext.DispatchParser;
import vn.reportbot.dispatchtext.ParsedDispatch;
import vn.reportbot.intake.MalformedMessageException;
import vn.reportbot.intake.MessageReader;

/**
 * Runs the labelled corpus under {@code src/test/resources/corpus/} through reading and matching,
 * with both offices of the example directory each holding two dispatches, and prints the precision
 * and recall of automatic matches and the share of messages sent to review. No automatic match may
 * be wrong, and nothing labelled as ignorable may reach a person.
 */
class LabelledCorpusTests {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final List<String> DISPATCHES = List.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt",
            "config/dispatches/22-CV-BDVHU-hai-hau.txt", "src/test/resources/dispatches/mttq-bac-ai-weekly-thursday.txt",
            "src/test/resources/dispatches/bdv-hai-hau-quarterly.txt");

    @Test
    @SuppressWarnings("unchecked")
    void noAutomaticMatchIsWrongAndMostReportsNeedNoPerson() throws IOException, MalformedMessageException {
        Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
        InMemoryDispatchCatalog catalog = new InMemoryDispatchCatalog();
        OfficeResolver offices = new OfficeResolver(directory);
        for (String file : DISPATCHES) {
            ParsedDispatch parsed = new DispatchParser().parse(Files.readString(Path.of(file)));
            catalog.add(offices.require(parsed, java.util.Optional.empty()).id(), parsed);
        }
        ReportMatcher matcher = new ReportMatcher(directory, catalog, SentMailIndex.none());
        MessageReader reader = new MessageReader();
        Map<String, Map<String, Object>> labels = new TreeMap<>(JsonMapper.builder().build()
                .readValue(Files.readString(CORPUS.resolve("labels.json")), Map.class));

        int labelledMatches = 0;
        int automatic = 0;
        int correct = 0;
        int toReview = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (var entry : labels.entrySet()) {
            Map<String, Object> label = entry.getValue();
            MatchResult result = matcher.match(reader.read(Files.readAllBytes(CORPUS.resolve(entry.getKey()))));
            String expected = (String) label.get("decision");
            String dispatch = result.dispatch() == null ? null : result.dispatch().number();
            String line = entry.getKey() + ": expected " + label + ", got " + result.decision() + " " + result.officeId()
                    + "/" + result.unitId() + " " + dispatch + " " + result.reasons();
            if (expected.equals("MATCHED")) {
                labelledMatches++;
            }
            switch (result.decision()) {
                case MATCHED -> {
                    automatic++;
                    if (expected.equals("MATCHED") && Objects.equals(label.get("unit"), result.unitId())
                            && Objects.equals(label.get("dispatch"), dispatch)
                            && Objects.equals(label.get("office"), result.officeId())) {
                        correct++;
                    } else {
                        wrong.add(line);
                    }
                }
                case NEEDS_REVIEW -> {
                    toReview++;
                    if (!expected.equals("NEEDS_REVIEW")) {
                        missed.add(line);
                    } else if (label.get("unit") != null && !Objects.equals(label.get("unit"), result.unitId())) {
                        missed.add("(wrong guess) " + line);
                    }
                }
                case IGNORED -> {
                    if (!expected.equals("IGNORED") || !Objects.equals(label.get("kind"), result.kind().name())) {
                        missed.add(line);
                    }
                }
            }
        }
        double precision = automatic == 0 ? 1.0 : (double) correct / automatic;
        double recall = labelledMatches == 0 ? 1.0 : (double) correct / labelledMatches;
        System.out.printf(Locale.ROOT, "%nlabelled corpus: %d messages, %d labelled MATCHED%n", labels.size(), labelledMatches);
        System.out.printf(Locale.ROOT, "figure corpus_matched_precision %.3f%n", precision);
        System.out.printf(Locale.ROOT, "figure corpus_matched_recall %.3f%n", recall);
        System.out.printf(Locale.ROOT, "figure corpus_review_share %.3f%n", (double) toReview / labels.size());
        missed.forEach(m -> System.out.println("  not as labelled: " + m));

        assertThat(labels).hasSizeGreaterThanOrEqualTo(80);
        assertThat(wrong).as("automatic matches that are wrong").isEmpty();
        assertThat(missed).as("messages not decided as labelled").isEmpty();
    }
}
