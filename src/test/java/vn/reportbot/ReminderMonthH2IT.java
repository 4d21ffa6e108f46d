package vn.reportbot;

import java.nio.file.Path;
import java.util.List;

/** A month of reminders on the embedded H2 database, in files under the data folder as in the default set-up. */
class ReminderMonthH2IT extends ReminderMonth {

    @Override
    List<String> databaseArguments(Path dataDir) {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("reportbot"));
    }
}
