package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code classify} run as users run it, in a JVM of its own with the service's class path and no logging set up,
 * on messages with .doc, .odt, .docx and .pdf attachments, one of which makes POI log a warning: standard output holds
 * only the JSON lines, one per message, and the libraries' log lines are on standard error.
 */
class ClassifyStandardOutputTests {

    private static final List<String> MESSAGES = List.of("attachment-doc-and-odt.eml", "attachment-pdf-and-vni-txt.eml",
            "attachment-docx-legacy-run-fonts.eml");

    @TempDir
    Path temp;

    @Test
    void classifyPrintsOnlyJsonOnStandardOutputAndTheDocumentLibrariesLogOnStandardError() throws Exception {
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", ServiceClasspath.ofThisTestRun(), ReportbotApplication.class.getName(),
                "classify", "--directory", "config/directory.yml", "--dispatch", "config/dispatches/319-MTTQ-BTT-bac-ai.txt"));
        MESSAGES.forEach(m -> command.add("src/test/resources/awkward/" + m));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("classify finished").isTrue();

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit status; standard error: %s", errors).isZero();
        assertThat(lines).as("one line per message").hasSize(MESSAGES.size());
        JsonMapper json = JsonMapper.builder().build();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = json.readTree(lines.get(i));
            assertThat(line.path("file").asString()).isEqualTo(MESSAGES.get(i));
            assertThat(line.path("kind").asString()).isEqualTo("REPORT");
        }
        assertThat(errors).as("the libraries' warnings, on standard error")
                .contains("WARN").contains("org.apache.poi");
    }
}
