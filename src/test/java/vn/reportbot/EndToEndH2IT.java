package vn.reportbot;

import java.nio.file.Path;
import java.util.List;

/** The end-to-end loop on the embedded H2 database, in files under the data folder as in the default set-up. */
class EndToEndH2IT extends EndToEndLoop {

    @Override
    List<String> databaseArguments(Path dataDir) {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("reportbot"));
    }
}
