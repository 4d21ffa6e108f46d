package vn.reportbot.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.reportbot.dispatchtext.Cadence;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.dispatchtext.ParsedDispatch;

/**
 * The fields of a dispatch a person may correct on the import page, as the texts of the form's inputs (dates as
 * {@code dd/MM/yyyy}, tasks one per line, the cadence as its frequency or empty for a one-off request), and the
 * dispatch they make. An error names the field and the message key of what is wrong.
 */
final class ImportForm {

    static final List<String> FIELDS = List.of("number", "issuedOn", "issuer", "subject", "tasks", "deadline",
            "cadence", "mailbox", "signer", "signerTitle");
    private static final DateTimeFormatter TYPED_DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

    private ImportForm() {
    }

    /** The inputs' texts for a dispatch. */
    static Map<String, String> fieldsOf(ParsedDispatch d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", nz(d.number()));
        fields.put("issuedOn", PageController.day(d.issuedOn()));
        fields.put("issuer", nz(d.issuer()));
        fields.put("subject", nz(d.subject()));
        fields.put("tasks", String.join("\n", d.tasks().stream().map(t -> t.text().strip()).toList()));
        fields.put("deadline", PageController.day(d.deadline()));
        fields.put("cadence", d.cadence() == null ? "" : d.cadence().frequency().name());
        fields.put("mailbox", nz(d.mailbox()));
        fields.put("signer", nz(d.signer()));
        fields.put("signerTitle", nz(d.signerTitle()));
        return fields;
    }

    /** The inputs' texts as submitted: every field, missing ones empty, whitespace at the ends dropped. */
    static Map<String, String> submitted(Map<String, String> params) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = params.get(field);
            fields.put(field, value == null ? "" : value.replace("\r\n", "\n").strip());
        }
        return fields;
    }

    /** The message key of what is wrong with each field that is (empty when the fields make a dispatch). */
    static Map<String, String> errors(Map<String, String> fields) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (fields.get("number").isEmpty()) {
            errors.put("number", "import.error.number");
        } else if (fields.get("number").chars().anyMatch(Character::isWhitespace)) {
            errors.put("number", "import.error.numberSpaces");
        }
        if (fields.get("subject").isEmpty()) {
            errors.put("subject", "import.error.subject");
        }
        if (fields.get("issuer").isEmpty()) {
            errors.put("issuer", "import.error.issuer");
        }
        for (String field : List.of("issuedOn", "deadline")) {
            if (!fields.get(field).isEmpty() && day(fields.get(field)) == null) {
                errors.put(field, "import.error.day");
            }
        }
        String cadence = fields.get("cadence");
        if (!cadence.isEmpty() && java.util.Arrays.stream(Cadence.Frequency.values()).noneMatch(f -> f.name().equals(cadence))) {
            errors.put("cadence", "import.error.cadence");
        }
        String mailbox = fields.get("mailbox");
        if (!mailbox.isEmpty() && !mailbox.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("mailbox", "import.error.mailbox");
        }
        return errors;
    }

    /** The dispatch {@code read} with the fields (which have no {@link #errors}) put in. */
    static ParsedDispatch apply(ParsedDispatch read, Map<String, String> fields) {
        List<DispatchTask> tasks = new ArrayList<>();
        List<String> lines = fields.get("tasks").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            tasks.add(new DispatchTask(i + 1, lines.get(i)));
        }
        if (tasks.stream().map(DispatchTask::text).toList()
                .equals(read.tasks().stream().map(t -> t.text().strip()).toList())) {
            tasks = read.tasks();
        }
        return new ParsedDispatch(fields.get("number"), day(fields.get("issuedOn")), read.place(), fields.get("issuer"),
                fields.get("subject"), read.recipients(), tasks, orNull(fields.get("mailbox")),
                day(fields.get("deadline")), orNull(fields.get("signer")), orNull(fields.get("signerTitle")),
                read.cites(), cadence(read.cadence(), fields.get("cadence")));
    }

    /** The fields whose text differs between the dispatch as read and as corrected: field → [read, corrected]. */
    static Map<String, List<String>> changes(ParsedDispatch read, ParsedDispatch now) {
        Map<String, String> before = fieldsOf(read);
        Map<String, String> after = fieldsOf(now);
        Map<String, List<String>> changed = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changed.put(field, List.of(before.get(field), after.get(field)));
            }
        }
        return changed;
    }

    private static Cadence cadence(Cadence read, String frequency) {
        if (frequency.isEmpty()) {
            return null;
        }
        if (read != null && read.frequency().name().equals(frequency)) {
            return read;
        }
        Cadence.Frequency chosen = Cadence.Frequency.valueOf(frequency);
        return new Cadence(chosen, null, null, null, switch (chosen) {
            case DAILY -> "hằng ngày";
            case WEEKLY -> "hằng tuần";
            case MONTHLY -> "hằng tháng";
            case QUARTERLY -> "hằng quý";
            case ONGOING -> "thường xuyên";
        });
    }

    static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), TYPED_DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
