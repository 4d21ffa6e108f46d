package vn.reportbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reportbot.ReportbotApplication;

class ImportDispatchCommandTests {

    @TempDir
    Path data;

    @Test
    void importsIntoTheDatabaseOpeningATaskPerUnitAndRefusesTheSameDispatchTwice() {
        Run first = run("config/dispatches/319-MTTQ-BTT-bac-ai.txt", "config/dispatches/22-CV-BDVHU-hai-hau.txt");
        assertThat(first.status()).isZero();
        assertThat(first.lines()).hasSize(2);
        assertThat(first.lines().get(0)).containsEntry("number", "319/MTTQ-BTT").containsEntry("office", "bac-ai-mttq")
                .containsEntry("tasksOpened", 9).containsKey("id");
        assertThat(first.lines().get(1)).containsEntry("number", "22-CV/BDVHU").containsEntry("tasksOpened", 34);

        Run again = run("config/dispatches/319-MTTQ-BTT-bac-ai.txt");
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.lines().get(0).get("error").toString()).contains("319/MTTQ-BTT", "already imported", "bac-ai-mttq");
    }

    @Test
    void aDispatchOfAnUnknownOfficeIsRefusedWithTheKnownOffices() {
        Run run = run("src/test/resources/dispatches/ubnd-hai-hau-1245-deadline.txt");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines().get(0).get("error").toString()).contains("bac-ai-mttq", "hai-hau-bdv");
    }

    private record Run(int status, List<Map<String, Object>> lines) {
    }

    @SuppressWarnings("unchecked")
    private Run run(String... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = new String[files.length + 3];
        args[0] = "import-dispatch";
        args[1] = "--reportbot.data-dir=" + data;
        args[2] = "--reportbot.dispatches=" + data.resolve("none");
        System.arraycopy(files, 0, args, 3, files.length);
        int status = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                ReportbotApplication.class);
        List<Map<String, Object>> lines = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{"))
                .map(l -> (Map<String, Object>) Json.MAPPER.readValue(l, Map.class)).toList();
        return new Run(status, lines);
    }
}
