package vn.reportbot.dispatchtext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the dispatch texts under {@code src/test/resources/dispatches/}. */
final class DispatchFixtures {

    private DispatchFixtures() {
    }

    static String text(String name) {
        try (InputStream in = DispatchFixtures.class.getResourceAsStream("/dispatches/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedDispatch parse(String name) {
        return new DispatchParser().parse(text(name));
    }
}
