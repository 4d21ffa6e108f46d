package vn.reportbot.cli;

import tools.jackson.databind.json.JsonMapper;

/** The one JSON writer of the command line: one compact object per line. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String line(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
