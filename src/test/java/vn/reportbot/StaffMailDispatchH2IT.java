package vn.reportbot;

import java.nio.file.Path;
import java.util.List;

/** Dispatches sent by email, on the embedded H2 database in files under the data folder, as in the default set-up. */
class StaffMailDispatchH2IT extends StaffMailDispatchLoop {

    @Override
    List<String> databaseArguments(Path dataDir) {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("reportbot"));
    }
}
