package vn.reportbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTests {

    private static final String DIRECTORY = "config/directory.yml";
    private static final String SEED_319 = "config/dispatches/319-MTTQ-BTT-bac-ai.txt";
    private static final String SEED_22 = "config/dispatches/22-CV-BDVHU-hai-hau.txt";
    private static final String OWN_325 = "src/test/resources/matching/325-MTTQ-BTT-bac-ai.txt";
    private static final Path MESSAGES = Path.of("src/test/resources/matching");

    @TempDir
    Path temp;

    private record Run(int status, List<String> lines, String err) {
        Map<String, Object> json(int i) {
            return CommandLineTests.json(lines.get(i));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void parseDispatchPrintsOneJsonLinePerSeedWithTheirFields() {
        Run run = run("parse-dispatch", "--directory", DIRECTORY, SEED_319, SEED_22);

        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(2);
        assertThat(run.json(0))
                .containsEntry("file", "319-MTTQ-BTT-bac-ai.txt")
                .containsEntry("number", "319/MTTQ-BTT")
                .containsEntry("issuedOn", "2021-09-16")
                .containsEntry("place", "Bác Ái")
                .containsEntry("office", "bac-ai-mttq")
                .containsEntry("issuer", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái")
                .containsEntry("subject", "Tăng cường tuyên truyền, vận động Nhân dân tích cực tham gia phong trào thi đua "
                        + "bảo vệ “vùng xanh” trong phòng, chống dịch bệnh Covid-19")
                .containsEntry("recipients", List.of("Ban Thường trực Ủy ban MTTQVN các xã"))
                .containsEntry("taskCount", 5)
                .containsEntry("mailbox", "mattrabbacai@gmail.com")
                .containsEntry("deadline", null)
                .containsEntry("signer", "Nguyễn Văn Bền")
                .containsEntry("signerTitle", "PHÓ CHỦ TỊCH")
                .doesNotContainKey("id")
                .as("a dispatch not imported has no life yet").doesNotContainKeys("closedOn", "open");
        assertThat((List<?>) run.json(0).get("tasks")).hasSize(5);
        assertThat((Map<String, Object>) ((List<Object>) run.json(0).get("tasks")).get(0)).containsEntry("ordinal", 1);
        assertThat((List<Object>) run.json(0).get("cites")).contains("1059/MTTQ-BTT", "166/KH-UBND")
                .doesNotContain("319/MTTQ-BTT");
        assertThat(run.json(1))
                .containsEntry("file", "22-CV-BDVHU-hai-hau.txt")
                .containsEntry("number", "22-CV/BDVHU")
                .containsEntry("issuedOn", "2021-07-27")
                .containsEntry("office", "hai-hau-bdv")
                .containsEntry("subject", "tiếp tục tăng cường công tác phòng, chống dịch Covid-19")
                .containsEntry("taskCount", 4)
                .containsEntry("mailbox", null)
                .containsEntry("signer", "Lại Văn Hà")
                .containsEntry("signerTitle", "TRƯỞNG BAN");
    }

    @Test
    void parseDispatchWithoutADirectoryLeavesTheOfficeNull() {
        Run run = run("parse-dispatch", SEED_319);

        assertThat(run.status()).isZero();
        assertThat(run.json(0)).containsEntry("number", "319/MTTQ-BTT").containsEntry("office", null);
    }

    @Test
    void aMissingFileGivesAnErrorLineAndExitOneWhileTheOtherFileIsStillPrinted() {
        Run run = run("parse-dispatch", "--directory", DIRECTORY, "no-such-dispatch.txt", SEED_22);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).hasSize(2);
        assertThat(run.json(0)).containsOnlyKeys("file", "error").containsEntry("file", "no-such-dispatch.txt");
        assertThat(run.json(0).get("error").toString()).contains("no such file");
        assertThat(run.json(1)).containsEntry("number", "22-CV/BDVHU").containsEntry("office", "hai-hau-bdv");
    }

    @Test
    void aFileThatIsNotADispatchGivesAnErrorLineAndExitOne() throws IOException {
        Path notADispatch = temp.resolve("thu-moi-hop.txt");
        Files.writeString(notADispatch, "Kính mời các đồng chí dự họp lúc 8 giờ sáng thứ Hai.\nTrân trọng.\n");

        Run run = run("parse-dispatch", "--directory", DIRECTORY, SEED_319, notADispatch.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).hasSize(2);
        assertThat(run.json(0)).containsEntry("number", "319/MTTQ-BTT");
        assertThat(run.json(1)).containsOnlyKeys("file", "error").containsEntry("file", "thu-moi-hop.txt");
        assertThat(run.json(1).get("error").toString()).isNotBlank();
    }

    @Test
    void aFileThatIsNotTextGivesAnErrorLineNamingWhatIsRead() {
        Run run = run("parse-dispatch", DIRECTORY);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.json(0)).containsEntry("file", "directory.yml");
        assertThat(run.json(0).get("error").toString()).contains(".txt");
    }

    @Test
    void classifyPrintsOneLinePerMessageInNameOrderWithTheInterfacesFields() throws IOException {
        Run run = run("classify", "--directory", DIRECTORY, "--dispatch", SEED_319, "--dispatch", SEED_22,
                "--dispatch", OWN_325, MESSAGES.toString());

        assertThat(run.status()).isZero();
        List<String> names;
        try (Stream<Path> files = Files.list(MESSAGES)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")).sorted().toList();
        }
        assertThat(names).hasSizeGreaterThanOrEqualTo(20);
        assertThat(run.lines()).hasSize(names.size());
        for (int i = 0; i < names.size(); i++) {
            Map<String, Object> line = run.json(i);
            assertThat(line.keySet()).as(names.get(i)).containsExactly("file", "messageId", "kind", "decision", "office",
                    "unit", "dispatch", "dispatchIssuedOn", "tasks", "confidence", "reasons");
            assertThat(line.get("file")).isEqualTo(names.get(i));
            assertThat((List<?>) line.get("reasons")).isNotEmpty();
        }

        Map<String, Object> first = run.json(names.indexOf("bacai-01-subject-full-number.eml"));
        assertThat(first)
                .containsEntry("messageId", "<bacai-01-subject-full-number@mail.gmail.com>")
                .containsEntry("kind", "REPORT")
                .containsEntry("decision", "MATCHED")
                .containsEntry("office", "bac-ai-mttq")
                .containsEntry("unit", "phuoc-dai")
                .containsEntry("dispatch", "319/MTTQ-BTT")
                .containsEntry("dispatchIssuedOn", "2021-09-16")
                .containsEntry("tasks", List.of(1, 2))
                .containsEntry("reasons", List.of("người gửi là địa chỉ đã đăng ký của Xã Phước Đại",
                        "tiêu đề nêu số công văn 319/MTTQ-BTT"));
        assertThat((Double) first.get("confidence")).isBetween(0.9, 1.0);

        assertThat(run.json(names.indexOf("bacai-12-auto-reply.eml")))
                .containsEntry("kind", "AUTO_REPLY").containsEntry("decision", "IGNORED")
                .containsEntry("dispatchIssuedOn", null);
        assertThat(run.json(names.indexOf("bacai-13-bounce.eml")))
                .containsEntry("kind", "BOUNCE").containsEntry("decision", "IGNORED");
        assertThat(run.json(names.indexOf("bacai-10-unregistered-display-name.eml")))
                .containsEntry("decision", "NEEDS_REVIEW").containsEntry("unit", "phuoc-dai");
        assertThat(run.json(names.indexOf("bacai-15-other-dispatch.eml")))
                .containsEntry("decision", "MATCHED").containsEntry("dispatch", "325/MTTQ-BTT")
                .containsEntry("tasks", List.of(1, 2, 3));
        assertThat(run.json(names.indexOf("haihau-03-twin-hai-an.eml")))
                .containsEntry("office", "hai-hau-bdv").containsEntry("unit", "hai-an");
    }

    @Test
    void classifyReadsSingleFilesInTheOrderGiven() {
        Run run = run("classify", "--directory", DIRECTORY, "--dispatch", SEED_22, "--at", "2021-09-20T08:00:00+07:00",
                MESSAGES.resolve("haihau-02-twin-hai-anh.eml").toString(),
                MESSAGES.resolve("haihau-01-spelling-swapped-separators.eml").toString());

        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(2);
        assertThat(run.json(0)).containsEntry("file", "haihau-02-twin-hai-anh.eml").containsEntry("unit", "hai-anh");
        assertThat(run.json(1)).containsEntry("decision", "MATCHED").containsEntry("dispatch", "22-CV/BDVHU");
    }

    @Test
    @SuppressWarnings("unchecked")
    void classifyPrintsAnOrdinaryLineForEachMessageWhoseWholeBodyIsAForwardedMessage() {
        Path awkward = Path.of("src/test/resources/awkward");
        List<String> names = List.of("structure-forwarded-whole-body.eml", "structure-forwarded-whole-body-plain-text.eml",
                "structure-forwarded-whole-body-base64.eml", "structure-forwarded-whole-body-nested.eml",
                "structure-forwarded-only-part-of-multipart.eml", "structure-forwarded-whole-body-truncated.eml",
                "structure-forwarded-whole-body-empty.eml");

        Run run = run(Stream.concat(Stream.of("classify", "--directory", DIRECTORY, "--dispatch", SEED_22),
                names.stream().map(n -> awkward.resolve(n).toString())).toArray(String[]::new));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(names.size());
        for (int i = 0; i < names.size(); i++) {
            Map<String, Object> line = run.json(i);
            assertThat(line).as(names.get(i)).containsEntry("file", names.get(i)).containsEntry("kind", "REPORT")
                    .containsEntry("decision", "NEEDS_REVIEW").containsEntry("office", "hai-hau-bdv");
            assertThat(line.get("messageId").toString()).as(names.get(i)).startsWith("<fwd-");
            assertThat(line.get("reasons").toString()).as(names.get(i)).doesNotContain("cannot be read");
        }
        // the unit is the registered sender of the forwarded original, as for a message forwarded as an attachment
        for (int i = 0; i < names.size() - 1; i++) {
            assertThat(run.json(i)).as(names.get(i)).containsEntry("unit", "hai-phuc");
            assertThat((List<Object>) run.json(i).get("reasons")).as(names.get(i))
                    .contains("thư có vẻ của Xã Hải Phúc: cần cán bộ xác nhận");
        }
        assertThat(run.json(names.size() - 1)).containsEntry("unit", null);
    }

    @Test
    void aDispatchThatCannotBeImportedIsReportedAndExitsOneButMessagesAreStillClassified() {
        Run run = run("classify", "--directory", DIRECTORY, "--dispatch", "no-such-dispatch.txt", "--dispatch", SEED_319,
                MESSAGES.resolve("bacai-01-subject-full-number.eml").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no-such-dispatch.txt", "not imported");
        assertThat(run.json(0)).containsEntry("decision", "MATCHED");
    }

    @Test
    void aBrokenDirectoryStopsClassifyWithItsProblem() {
        Run run = run("classify", "--directory", "src/test/resources/directory/bad-id.yml", "--dispatch", SEED_319,
                MESSAGES.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).isEmpty();
        assertThat(run.err()).contains("bad-id.yml:9:", "unit id 'Xã Hai'");
    }

    @Test
    void usageErrorsExitTwoWithAMessageOnStandardError() {
        assertUsage(run("parse-dispatch"), "no file given");
        assertUsage(run("parse-dispatch", "--directory"), "--directory needs a file");
        assertUsage(run("parse-dispatch", "--office", "x", SEED_319), "unknown option --office");
        assertUsage(run("classify", "--dispatch", SEED_319, MESSAGES.toString()), "usage: classify");
        assertUsage(run("classify", "--directory", DIRECTORY, "--dispatch", SEED_319), "usage: classify");
        assertUsage(run("classify", "--directory", DIRECTORY, "--dispatch"), "--dispatch needs a value");
        assertUsage(run("classify", "--directory", DIRECTORY, "--at", "hôm qua", MESSAGES.toString()), "--at");
        assertUsage(run("classify", "--directory", DIRECTORY, "--verbose", MESSAGES.toString()), "unknown option --verbose");
        assertUsage(run("frobnicate"), "unknown command frobnicate");
    }

    private static void assertUsage(Run run, String message) {
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.lines()).isEmpty();
        assertThat(run.err()).startsWith("reportbot ").contains(message);
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        return new Run(status, lines, err.toString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String line) {
        return (Map<String, Object>) Json.MAPPER.readValue(line, Map.class);
    }
}
