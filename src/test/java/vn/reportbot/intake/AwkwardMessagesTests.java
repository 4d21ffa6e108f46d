package vn.reportbot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every message of the awkward corpus under {@code src/test/resources/awkward/} (written by
 * {@code make_awkward.py}) and checks what {@code expected.json} says a person would check: whether it can be read
 * at all, its kind, subject, sender, the text its body and own words must and must not contain, each attachment's
 * name, text or problem, and the failed recipient of a bounce. Every string must also come out NFC.
 *
 * <p>An attachment over the size limit is not a file of the corpus (it would have to be over 20 MB): it is streamed
 * to the reader here.
 */
class AwkwardMessagesTests {

    private static final Path CORPUS = Path.of("src/test/resources/awkward");
    private static final JsonNode EXPECTED = load();

    private final MessageReader reader = new MessageReader();

    private static JsonNode load() {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(CORPUS.resolve("expected.json")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + CORPUS.resolve("expected.json"), e);
        }
    }

    static Stream<String> messages() throws IOException {
        return messageNames().stream();
    }

    private static List<String> messageNames() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")).sorted().toList();
        }
    }

    @Test
    void corpusHoldsAtLeastFortyMessages() throws IOException {
        assertThat(messageNames()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everyMessageHasAnExpectationAndEveryExpectationAMessage() throws IOException {
        Set<String> expected = new TreeSet<>(EXPECTED.propertyNames());

        assertThat(new TreeSet<>(messageNames())).as("messages and the entries of expected.json")
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void readsAwkwardMessageAsExpected(String file) throws IOException {
        JsonNode expect = EXPECTED.get(file);
        assertThat(expect).as("%s has no entry in expected.json", file).isNotNull();
        byte[] raw = Files.readAllBytes(CORPUS.resolve(file));

        if (expect.path("outcome").asString().equals("MALFORMED")) {
            assertThatThrownBy(() -> reader.read(raw)).as("%s: reading", file)
                    .isInstanceOf(MalformedMessageException.class)
                    .hasMessageContaining(expect.path("error").asString());
            return;
        }
        ReceivedMessage m;
        try {
            m = reader.read(raw);
        } catch (MalformedMessageException e) {
            throw new AssertionError(file + ": expected to be read, but: " + e.getMessage(), e);
        }

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(m.kind().name()).as("%s: kind", file).isEqualTo(expect.path("kind").asString());
        soft.assertThat(m.subject()).as("%s: subject", file).isEqualTo(expect.path("subject").asString());
        if (expect.has("fromAddress")) {
            soft.assertThat(m.fromAddress()).as("%s: sender address", file).isEqualTo(expect.get("fromAddress").asString());
        }
        if (expect.has("fromName")) {
            soft.assertThat(m.fromName()).as("%s: sender name", file).isEqualTo(expect.get("fromName").asString());
        }
        if (expect.has("recipients")) {
            soft.assertThat(m.recipients()).as("%s: recipients", file).containsAll(strings(expect.get("recipients")));
        }
        if (expect.has("referenceCount")) {
            soft.assertThat(m.references()).as("%s: references", file).hasSize(expect.get("referenceCount").asInt());
        }
        if (expect.has("textEquals")) {
            soft.assertThat(m.text()).as("%s: text", file).isEqualTo(expect.get("textEquals").asString());
        }
        for (String present : strings(expect.get("text"))) {
            soft.assertThat(m.text()).as("%s: text", file).contains(present);
        }
        for (String absent : strings(expect.get("notText"))) {
            soft.assertThat(m.text()).as("%s: text", file).doesNotContain(absent);
        }
        for (String present : strings(expect.get("ownText"))) {
            soft.assertThat(m.ownText()).as("%s: own text", file).contains(present);
        }
        for (String absent : strings(expect.get("notOwnText"))) {
            soft.assertThat(m.ownText()).as("%s: own text", file).doesNotContain(absent);
        }
        if (expect.has("failedRecipient")) {
            soft.assertThat(m.failedRecipient()).as("%s: failed recipient", file)
                    .isEqualTo(expect.get("failedRecipient").asString());
        } else {
            soft.assertThat(m.failedRecipient()).as("%s: failed recipient", file).isNull();
        }
        checkAttachments(soft, file, m.attachments(), expect);
        checkNfc(soft, file, m);
        soft.assertAll();
    }

    private static void checkAttachments(SoftAssertions soft, String file, List<Attachment> actual, JsonNode expect) {
        JsonNode wanted = expect.path("attachments");
        if (expect.has("attachmentCount")) {
            soft.assertThat(actual).as("%s: attachments", file).hasSize(expect.get("attachmentCount").asInt());
        } else if (expect.has("attachments")) {
            soft.assertThat(actual).as("%s: attachments", file).hasSize(wanted.size());
        }
        for (int i = 0; i < wanted.size(); i++) {
            JsonNode w = wanted.get(i);
            int at = w.has("at") ? w.get("at").asInt() : i;
            if (at >= actual.size()) {
                soft.fail("%s: no attachment #%d", file, at);
                continue;
            }
            Attachment a = actual.get(at);
            String where = file + ": attachment #" + at + " (" + a.label() + ")";
            if (w.has("name")) {
                soft.assertThat(a.fileName()).as("%s name", where).isEqualTo(w.get("name").isNull() ? null : w.get("name").asString());
            }
            if (w.has("type")) {
                soft.assertThat(a.contentType()).as("%s type", where).isEqualTo(w.get("type").asString());
            }
            if (w.has("problem")) {
                soft.assertThat(a.problem()).as("%s problem", where).isNotNull().contains(w.get("problem").asString());
            } else {
                soft.assertThat(a.problem()).as("%s problem", where).isNull();
            }
            if (w.has("text")) {
                for (String present : strings(w.get("text"))) {
                    soft.assertThat(a.text()).as("%s text", where).contains(present);
                }
            } else {
                soft.assertThat(a.text()).as("%s text", where).isEmpty();
            }
            for (String absent : strings(w.get("notText"))) {
                soft.assertThat(a.text()).as("%s text", where).doesNotContain(absent);
            }
        }
    }

    private static void checkNfc(SoftAssertions soft, String file, ReceivedMessage m) {
        List<String> strings = new ArrayList<>(List.of(m.subject(), m.text(), m.ownText()));
        if (m.fromName() != null) {
            strings.add(m.fromName());
        }
        for (Attachment a : m.attachments()) {
            strings.add(a.text());
            if (a.fileName() != null) {
                strings.add(a.fileName());
            }
        }
        for (String s : strings) {
            soft.assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).as("%s: NFC: %s", file, abbreviate(s)).isTrue();
        }
    }

    @Test
    void readsTheTwoThousandPartMessageWithinBoundedMemory() throws Exception {
        byte[] raw = Files.readAllBytes(CORPUS.resolve("structure-2000-parts.eml"));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        reader.read(raw); // classes loaded and code warmed up before measuring

        long before = threads.getCurrentThreadAllocatedBytes();
        ReceivedMessage m = reader.read(raw);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(m.attachments()).hasSize(1999);
        // every byte allocated while reading it, not only what stays: about 5 KB a part today
        assertThat(allocated).as("bytes allocated reading %d bytes in 2,000 parts", raw.length)
                .isLessThan(24L * 1024 * 1024);
    }

    @Test
    void recordsAnAttachmentOverTheSizeLimitAsAProblemWithoutReadingIt() throws Exception {
        long size = 21L * 1024 * 1024 / 57 * 57;
        String head = "Message-ID: <oversized@haihau.example.vn>\r\nDate: Mon, 17 Jan 2022 08:00:00 +0700\r\n"
                + "From: dv.haitrung@gmail.com\r\nTo: bandanvan.haihau@gmail.com\r\nSubject: Bao cao kem ban scan\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=big\r\n\r\n--big\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nXã Hải Trung gửi bản scan báo cáo.\r\n--big\r\n"
                + "Content-Type: application/pdf; name=bao-cao-scan.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n";
        InputStream message = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                base64OfZeros(size),
                new ByteArrayInputStream("\r\n--big--\r\n".getBytes(StandardCharsets.US_ASCII)))));

        ReceivedMessage m = reader.read(message);

        assertThat(m.text()).isEqualTo("Xã Hải Trung gửi bản scan báo cáo.");
        assertThat(m.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("bao-cao-scan.pdf");
            assertThat(a.size()).isEqualTo(size);
            assertThat(a.text()).isEmpty();
            assertThat(a.problem()).isEqualTo("text not read: 21 MB, over the 20 MB limit for reading attachments");
        });
    }

    /**
     * A damaged bounce whose text runs 3 MB without a line break right after "không thể gửi tới": the look for the
     * failed address once began again at each of the 200 letters after that wording and ran to the run's end each time
     * (8 s for 1.8 MB). Read now in one pass; the time allowed is many times what it takes.
     */
    @Test
    void aBounceWithAThreeMegabyteLineIsReadInOnePassAndNamesItsFailedRecipient() {
        String raw = "Return-Path: <>\r\nFrom: mailer-daemon@mail.quangnam.gov.vn\r\nTo: mattrabbacai@gmail.com\r\n"
                + "Date: Mon, 20 Sep 2021 08:14:03 +0700\r\nSubject: Undelivered Mail Returned to Sender\r\n"
                + "Message-ID: <long-line@mail.quangnam.gov.vn>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Rất tiếc, thư của bạn không thể gửi tới người" + "z".repeat(3_000_000)
                + "\r\nnhận mttq.phuocdai@gmail.com.\r\n";

        ReceivedMessage m = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> reader.read(raw.getBytes(StandardCharsets.UTF_8)));

        assertThat(m.failedRecipient()).isEqualTo("mttq.phuocdai@gmail.com");
    }

    /** Base64 lines of 76 characters encoding {@code size} zero bytes (a multiple of 57), made as they are read. */
    private static InputStream base64OfZeros(long size) {
        byte[] line = ("A".repeat(76) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        long total = size / 57 * line.length;
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < total ? line[(int) (position++ % line.length)] : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - position);
                for (int i = 0; i < n; i++) {
                    b[off + i] = line[(int) ((position + i) % line.length)];
                }
                position += n;
                return n;
            }
        };
    }

    private static List<String> strings(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> out = new ArrayList<>();
            node.forEach(n -> out.add(n.asString()));
            return out;
        }
        return List.of(node.asString());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
