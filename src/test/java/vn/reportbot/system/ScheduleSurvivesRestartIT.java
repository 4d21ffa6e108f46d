package vn.reportbot.system;

import java.nio.file.Path;
import java.util.List;

/** {@link ScheduleRestarts} on the default database: H2 in files under the data folder. */
class ScheduleSurvivesRestartIT extends ScheduleRestarts {

    @Override
    List<String> databaseArguments(Path dataDir) {
        return List.of();
    }
}
