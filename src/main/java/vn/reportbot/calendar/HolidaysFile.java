package vn.reportbot.calendar;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code holidays.yml}: {@code holidays} (days off: {@code date} or {@code from}/{@code to}, {@code name},
 * optionally {@code lunar: "10/3"}, the lunar day the entry must hold, checked against {@link LunarCalendar}) and
 * {@code compensatory-working-days} (làm bù: {@code date}, {@code name}). Every problem is reported as
 * {@code FILE:LINE: what is wrong}.
 */
final class HolidaysFile {

    private static final Pattern LUNAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})");

    /** One entry of the file: its days, its name, the line it starts on. */
    record Entry(LocalDate from, LocalDate to, String name, String lunar, int line) {
        boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** The file as read: the days off by day (with their names), the compensatory working days. */
    record Holidays(Map<LocalDate, String> daysOff, Map<LocalDate, String> workingDays, List<Entry> entries) {
        static final Holidays NONE = new Holidays(Map.of(), Map.of(), List.of());
    }

    private final Path file;

    private HolidaysFile(Path file) {
        this.file = file;
    }

    static Holidays load(Path file) {
        return new HolidaysFile(file).read();
    }

    private Holidays read() {
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (NoSuchFileException e) {
            throw new CalendarException(file + ": the holidays file does not exist (set reportbot.holidays)");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new CalendarException(file + ":" + line + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException | IOException e) {
            throw new CalendarException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null) {
            return Holidays.NONE;
        }
        if (!(root instanceof MappingNode top)) {
            throw problem(root, "expected 'holidays:' and 'compensatory-working-days:' at the top level");
        }
        List<Entry> off = List.of();
        List<Entry> working = List.of();
        for (NodeTuple tuple : top.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            switch (key) {
                case "holidays" -> off = entries(tuple.getValueNode(), "'holidays'", true);
                case "compensatory-working-days" -> working = entries(tuple.getValueNode(), "'compensatory-working-days'",
                        false);
                default -> throw problem(tuple.getKeyNode(), "unknown key '" + key
                        + "': expected 'holidays' or 'compensatory-working-days'");
            }
        }
        Map<LocalDate, String> daysOff = new TreeMap<>();
        for (Entry entry : off) {
            for (LocalDate d = entry.from(); !d.isAfter(entry.to()); d = d.plusDays(1)) {
                daysOff.putIfAbsent(d, entry.name());
            }
        }
        Map<LocalDate, String> workingDays = new TreeMap<>();
        for (Entry entry : working) {
            for (LocalDate d = entry.from(); !d.isAfter(entry.to()); d = d.plusDays(1)) {
                if (daysOff.containsKey(d)) {
                    throw new CalendarException(file + ":" + entry.line() + ": " + d + " is both a holiday ("
                            + daysOff.get(d) + ") and a compensatory working day");
                }
                workingDays.put(d, entry.name());
            }
        }
        List<Entry> all = new ArrayList<>(off);
        all.addAll(working);
        return new Holidays(Map.copyOf(daysOff), Map.copyOf(workingDays), List.copyOf(all));
    }

    private List<Entry> entries(Node node, String what, boolean lunarAllowed) {
        if (node instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
            return List.of();
        }
        if (!(node instanceof SequenceNode list)) {
            throw problem(node, what + " must be a list of entries ('- date: YYYY-MM-DD' and 'name: …')");
        }
        List<Entry> entries = new ArrayList<>();
        for (Node item : list.getValue()) {
            entries.add(entry(item, lunarAllowed));
        }
        return entries;
    }

    private Entry entry(Node node, boolean lunarAllowed) {
        if (!(node instanceof MappingNode map)) {
            throw problem(node, "an entry must have 'date' (or 'from' and 'to') and 'name'");
        }
        LocalDate date = null;
        LocalDate from = null;
        LocalDate to = null;
        String name = null;
        String lunar = null;
        Node lunarNode = null;
        Set<String> keys = lunarAllowed ? Set.of("date", "from", "to", "name", "lunar") : Set.of("date", "from", "to", "name");
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            if (!keys.contains(key)) {
                throw problem(tuple.getKeyNode(), "unknown key '" + key + "': expected one of " + String.join(", ",
                        lunarAllowed ? List.of("date", "from", "to", "name", "lunar") : List.of("date", "from", "to", "name")));
            }
            Node value = tuple.getValueNode();
            switch (key) {
                case "date" -> date = day(value, key);
                case "from" -> from = day(value, key);
                case "to" -> to = day(value, key);
                case "name" -> name = scalar(value, "'name'").strip();
                default -> {
                    lunar = scalar(value, "'lunar'").strip();
                    lunarNode = value;
                }
            }
        }
        int line = node.getStartMark().getLine() + 1;
        if (name == null || name.isEmpty()) {
            throw problem(node, "the entry has no 'name'");
        }
        if (date != null && (from != null || to != null)) {
            throw problem(node, "give either 'date' or 'from' and 'to', not both");
        }
        if (date != null) {
            from = date;
            to = date;
        }
        if (from == null || to == null) {
            throw problem(node, "the entry needs 'date: YYYY-MM-DD', or both 'from' and 'to'");
        }
        if (to.isBefore(from)) {
            throw problem(node, "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        Entry entry = new Entry(from, to, name, lunar, line);
        if (lunar != null) {
            checkLunar(entry, lunarNode);
        }
        return entry;
    }

    /** The entry must hold that lunar day (of the lunar year that begins in its first day's solar year). */
    private void checkLunar(Entry entry, Node node) {
        Matcher m = LUNAR.matcher(entry.lunar());
        if (!m.matches()) {
            throw problem(node, "'lunar' must be day/month of the lunar calendar, e.g. \"10/3\", not '" + entry.lunar() + "'");
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (day < 1 || day > 30 || month < 1 || month > 12) {
            throw problem(node, "no lunar day " + entry.lunar());
        }
        LocalDate solar = LunarCalendar.toSolar(month >= 11 ? entry.from().getYear() - 1 : entry.from().getYear(), month, day);
        if (!entry.contains(solar)) {
            LocalDate next = LunarCalendar.toSolar(entry.from().getYear() + (month >= 11 ? 0 : 1), month, day);
            if (!entry.contains(next)) {
                throw problem(node, "'" + entry.name() + "': " + entry.lunar() + " âm lịch is " + solar + ", which "
                        + (entry.from().equals(entry.to()) ? "is not " + entry.from() : "is not within " + entry.from()
                        + " – " + entry.to()));
            }
        }
    }

    private LocalDate day(Node node, String key) {
        String text = scalar(node, "'" + key + "'");
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw problem(node, "'" + key + "' must be a day YYYY-MM-DD, not '" + text + "'");
        }
    }

    private String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw problem(node, what + " must be a single value");
        }
        return scalar.getValue();
    }

    private CalendarException problem(Node node, String message) {
        return new CalendarException(file + ":" + (node.getStartMark().getLine() + 1) + ": " + message);
    }
}
