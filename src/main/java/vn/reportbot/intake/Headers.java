package vn.reportbot.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The header fields of one entity, unfolded, in order; names compare case-insensitively. */
final class Headers {

    /** One field: its name as written and its unfolded value (not yet RFC 2047-decoded). */
    record Field(String name, String value) {
    }

    private final List<Field> fields = new ArrayList<>();

    List<Field> fields() {
        return fields;
    }

    void add(String name, String value) {
        fields.add(new Field(name, value));
    }

    int size() {
        return fields.size();
    }

    /** The first value of the field, or {@code null}. */
    String first(String name) {
        for (Field f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                return f.value();
            }
        }
        return null;
    }

    List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Field f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                values.add(f.value());
            }
        }
        return values;
    }

    boolean has(String name) {
        return first(name) != null;
    }

    /** The first value, trimmed and lower-cased, or the empty string. */
    String lower(String name) {
        String v = first(name);
        return v == null ? "" : v.trim().toLowerCase(Locale.ROOT);
    }
}
