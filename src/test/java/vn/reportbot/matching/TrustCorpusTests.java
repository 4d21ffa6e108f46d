package vn.reportbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.dispatch.InMemoryDispatchCatalog;
import vn.reportbot.dispatch.OfficeResolver;
import vn.reportbot.dispatchtext.DispatchParser;
import vn.reportbot.dispatchtext.ParsedDispatch;
import vn.reportbot.intake.MessageReader;

/**
 * Mail a clerk must be able to trust the bot with ({@code src/test/resources/matching-trust/}, written by its
 * {@code make_trust.py}, expected results in {@code expected.json}): a unit that only acknowledges receiving a
 * dispatch, an old thread reused for another dispatch, a reply to a two-dispatch reminder that reports on one, a
 * dispatch pasted under a vague subject, the office's own staff, lures, a unit's address or name imitated (a capital I
 * for an l, Cyrillic letters, an invisible character, a punycode domain: never taken nor guessed for the unit) and a
 * unit's address forged (failing DMARC, SPF or DKIM: never counted without a person). Every case must come out as expected,
 * with the reason it names ({@code reasonContains}) among its reasons, no automatic match may be wrong, and every reason
 * staff read is Vietnamese. Prints its figures.
 */
class TrustCorpusTests {

    private static final Path DIR = Path.of("src/test/resources/matching-trust");
    /** Words of an English reason; a Vietnamese one has none of them. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(?:the|is|not|names|sender|found|dispatch|report|"
            + "address|seems|office|registered|no)\\b");

    private static ReportMatcher matcher;

    @BeforeAll
    static void catalog() throws IOException {
        Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
        InMemoryDispatchCatalog catalog = new InMemoryDispatchCatalog();
        OfficeResolver offices = new OfficeResolver(directory);
        for (String file : List.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt", "config/dispatches/22-CV-BDVHU-hai-hau.txt",
                "src/test/resources/matching/325-MTTQ-BTT-bac-ai.txt")) {
            ParsedDispatch parsed = new DispatchParser().parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
            catalog.add(offices.require(parsed, Optional.empty()).id(), parsed);
        }
        matcher = new ReportMatcher(directory, catalog, SentMailIndex.none());
    }

    @Test
    void everyCaseComesOutAsAClerkWouldDecideWithNoWrongAutomaticMatchAndReasonsInVietnamese() throws Exception {
        JsonNode expected = JsonMapper.builder().build().readTree(DIR.resolve("expected.json").toFile());
        Map<String, String> wrong = new TreeMap<>();
        List<String> english = new ArrayList<>();
        int cases = 0;
        int wrongMatches = 0;
        int matchedRightly = 0;
        for (String file : expected.propertyNames()) {
            cases++;
            JsonNode want = expected.get(file);
            MatchResult got = matcher.match(new MessageReader().read(Files.readAllBytes(DIR.resolve(file))), null);
            String dispatch = got.dispatch() == null ? null : got.dispatch().number();
            boolean right = got.decision().name().equals(want.get("decision").asString())
                    && same(want.get("unit"), got.unitId())
                    && (!want.has("dispatch") || same(want.get("dispatch"), dispatch))
                    && (!want.has("reasonContains")
                            || got.reasons().stream().anyMatch(r -> r.contains(want.get("reasonContains").asString())));
            if (!right) {
                wrong.put(file, got.decision() + " " + got.unitId() + " " + dispatch + " " + got.reasons());
            }
            if (got.decision() == Decision.MATCHED) {
                if (right) {
                    matchedRightly++;
                } else {
                    wrongMatches++;
                }
            }
            got.reasons().stream().filter(r -> ENGLISH.matcher(r).find()).forEach(r -> english.add(file + ": " + r));
        }
        System.out.printf("figure trust_cases_right %d/%d%n", cases - wrong.size(), cases);
        System.out.printf("figure trust_wrong_automatic_matches %d%n", wrongMatches);
        System.out.printf("figure trust_right_automatic_matches %d%n", matchedRightly);

        assertThat(cases).as("the corpus").isGreaterThanOrEqualTo(24);
        assertThat(wrong).as("cases that came out otherwise than expected").isEmpty();
        assertThat(english).as("reasons staff read that are not Vietnamese").isEmpty();
    }

    private static boolean same(JsonNode want, String got) {
        return want == null || want.isNull() ? got == null : want.asString().equals(got);
    }
}
