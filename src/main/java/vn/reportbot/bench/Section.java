package vn.reportbot.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one part of the bench measured beyond the poll job: the lines of its part of the table, for people, and its
 * figures, printed last with the others as {@code figure NAME VALUE}. Each part measures its own baseline in the same
 * run.
 *
 * @param title   the part's heading in the table
 * @param lines   the rows under it, already laid out
 * @param figures name and printed value of each figure, in order
 */
record Section(String title, List<String> lines, Map<String, String> figures) {

    Section {
        lines = List.copyOf(lines);
        figures = new LinkedHashMap<>(figures);
    }

    /** A figure's value as printed: a number in the root locale, {@code format} as {@link String#format}. */
    static String value(String format, Object value) {
        return String.format(Locale.ROOT, format, value);
    }

    void printTable(PrintStream out) {
        out.printf("%n  %s%n", title);
        lines.forEach(line -> out.println("    " + line));
    }

    void printFigures(PrintStream out) {
        figures.forEach((name, value) -> out.println("figure " + name + " " + value));
    }
}
