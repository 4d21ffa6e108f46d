package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reportbot.cli.CommandLine;
import vn.reportbot.cli.Json;

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

    @Test
    void aWordFileIsKeptAndAnnouncedToEveryUnitWhenAnnouncingIsOn() throws Exception {
        Run run = run("--reportbot.dispatch.announce=true", "src/test/resources/staffmail/cv-325-mttq-bac-ai.docx");
        assertThat(run.status()).isZero();
        assertThat(run.lines().get(0)).containsEntry("number", "325/MTTQ-BTT").containsEntry("tasksOpened", 9);

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("reportbot"), "sa", "");
             Statement sql = db.createStatement()) {
            ResultSet kept = sql.executeQuery("SELECT file_name, size_bytes FROM dispatch_document");
            assertThat(kept.next()).isTrue();
            assertThat(kept.getString(1)).isEqualTo("cv-325-mttq-bac-ai.docx");
            assertThat(kept.getLong(2)).isEqualTo(Files.size(Path.of("src/test/resources/staffmail/cv-325-mttq-bac-ai.docx")));
            ResultSet queued = sql.executeQuery("SELECT COUNT(*), COUNT(DISTINCT unit_id), COUNT(attach_document_of)"
                    + " FROM outbox WHERE kind = 'announcement' AND status = 'QUEUED'");
            queued.next();
            assertThat(List.of(queued.getInt(1), queued.getInt(2), queued.getInt(3))).containsExactly(9, 9, 9);
        }
    }

    @Test
    void nothingIsAnnouncedByDefault() throws Exception {
        assertThat(run("config/dispatches/319-MTTQ-BTT-bac-ai.txt").status()).isZero();

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("reportbot"), "sa", "");
             Statement sql = db.createStatement()) {
            ResultSet queued = sql.executeQuery("SELECT COUNT(*) FROM outbox");
            queued.next();
            assertThat(queued.getInt(1)).isZero();
        }
    }

    private record Run(int status, List<Map<String, Object>> lines) {
    }

    @SuppressWarnings("unchecked")
    private Run run(String... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = new String[files.length + 3];
        // files may also hold --key=value settings, which the command hands to the service it starts
        args[0] = "import-dispatch";
        args[1] = "--reportbot.data-dir=" + data;
        args[2] = "--reportbot.dispatches=" + data.resolve("none");
        System.arraycopy(files, 0, args, 3, files.length);
        int status = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                ReportbotApplication.serviceCommands());
        List<Map<String, Object>> lines = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{"))
                .map(l -> (Map<String, Object>) Json.MAPPER.readValue(l, Map.class)).toList();
        return new Run(status, lines);
    }
}
