package vn.reportbot.intake;

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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the whole mail corpus under {@code src/test/resources/mail-corpus/} (written by {@code make_mail_corpus.py}:
 * bounces and delay notices of many servers and languages, auto-replies of many clients, feedback reports, reports
 * that must stay reports, CR-only line ends, GBK and Shift_JIS headers, missing and doubled senders) and compares
 * each message with the {@code expected.json} of its folder: its kind, decoded subject, sender and where the sender
 * was taken from, and for a bounce the address that failed. Prints the figures as {@code figure NAME VALUE} lines and
 * requires every case to pass.
 */
class MailCorpusTests {

    private static final Path CORPUS = Path.of("src/test/resources/mail-corpus");
    private static final List<String> FOLDERS = List.of("bounce", "auto-reply", "other", "report");

    private final MessageReader reader = new MessageReader();

    /** One message's outcome: what was expected, what came out, and what differs. */
    private record Outcome(String file, String expectedKind, String kind, boolean failedRight, List<String> wrong) {
    }

    @Test
    void everyMessageOfTheMailCorpusIsReadAsExpected() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (String folder : FOLDERS) {
            JsonNode expected = JsonMapper.builder().build().readTree(Files.readString(CORPUS.resolve(folder).resolve("expected.json")));
            assertThat(new java.util.TreeSet<>(emlNames(CORPUS.resolve(folder))))
                    .as("%s: messages and the entries of expected.json", folder)
                    .containsExactlyElementsOf(new java.util.TreeSet<>(expected.propertyNames()));
            for (String name : expected.propertyNames()) {
                outcomes.add(check(folder + "/" + name, Files.readAllBytes(CORPUS.resolve(folder).resolve(name)),
                        expected.get(name)));
            }
        }

        Map<String, Double> figures = figures(outcomes);
        figures.forEach((name, value) -> System.out.println("figure " + name + " " + String.format(Locale.ROOT, "%.3f", value)));
        List<String> failures = outcomes.stream().filter(o -> !o.wrong().isEmpty())
                .map(o -> o.file() + ": " + String.join("; ", o.wrong())).toList();

        assertThat(outcomes).as("messages in the corpus").hasSizeGreaterThanOrEqualTo(200);
        assertThat(outcomes.stream().filter(o -> o.expectedKind().equals("BOUNCE") || o.expectedKind().equals("AUTO_REPLY")))
                .as("bounces and auto-replies: most of the corpus").hasSizeGreaterThan(outcomes.size() / 2);
        assertThat(failures).as("messages read otherwise than expected").isEmpty();
    }

    private Outcome check(String file, byte[] raw, JsonNode expect) {
        List<String> wrong = new ArrayList<>();
        String expectedKind = expect.path("kind").asString();
        ReceivedMessage m;
        try {
            m = reader.read(raw);
        } catch (MalformedMessageException e) {
            return new Outcome(file, expectedKind, "UNREADABLE", false, List.of("not read: " + e.getMessage()));
        }
        compare(wrong, "kind", expectedKind, m.kind().name());
        compare(wrong, "subject", expect.path("subject").asString(), m.subject());
        compare(wrong, "sender", text(expect.get("fromAddress")), m.fromAddress());
        compare(wrong, "sender source", expect.path("senderSource").asString(), m.senderSource().name());
        if (expect.has("fromName")) {
            compare(wrong, "sender name", expect.get("fromName").asString(), m.fromName());
        }
        if (m.subject().indexOf('\uFFFD') >= 0) {
            wrong.add("a replacement character in the subject");
        }
        if (m.senderSource() != SenderSource.FROM && m.senderNote() == null) {
            wrong.add("no note says where the sender was taken from");
        }
        boolean failedRight = true;
        if (expectedKind.equals("BOUNCE")) {
            failedRight = Objects.equals(text(expect.get("failedRecipient")), m.failedRecipient());
            if (!failedRight) {
                wrong.add("failed recipient: expected " + text(expect.get("failedRecipient")) + ", got " + m.failedRecipient());
            }
        }
        return new Outcome(file, expectedKind, m.kind().name(), failedRight, wrong);
    }

    private static void compare(List<String> wrong, String what, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            wrong.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static Map<String, Double> figures(List<Outcome> outcomes) {
        Map<String, Double> figures = new TreeMap<>();
        figures.put("bounces_recognised", share(outcomes, "BOUNCE"));
        figures.put("auto_replies_recognised", share(outcomes, "AUTO_REPLY"));
        figures.put("reports_kept", share(outcomes, "REPORT"));
        figures.put("set_aside_kept", share(outcomes, "OTHER"));
        List<Outcome> bounces = outcomes.stream().filter(o -> o.expectedKind().equals("BOUNCE")).toList();
        figures.put("failed_addresses_found", bounces.isEmpty() ? 1.0
                : (double) bounces.stream().filter(Outcome::failedRight).count() / bounces.size());
        figures.put("messages_as_expected", (double) outcomes.stream().filter(o -> o.wrong().isEmpty()).count() / outcomes.size());
        return figures;
    }

    /** Of the messages expected to be of that kind, the share read as that kind. */
    private static double share(List<Outcome> outcomes, String kind) {
        List<Outcome> of = outcomes.stream().filter(o -> o.expectedKind().equals(kind)).toList();
        return of.isEmpty() ? 1.0 : (double) of.stream().filter(o -> o.kind().equals(kind)).count() / of.size();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static List<String> emlNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")).sorted().toList();
        }
    }
}
