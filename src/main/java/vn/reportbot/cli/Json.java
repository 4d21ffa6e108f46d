package vn.reportbot.cli;

import tools.jackson.databind.json.JsonMapper;

/** The one JSON writer of the command line, its commands that start the service too: one compact object per line. */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static String line(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
