package vn.reportbot.intake;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient RFC 5322 date parsing that keeps the sender's offset. */
final class MailDates {

    private static final Pattern DATE = Pattern.compile(
            "(?:[A-Za-z]+\\s*,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3})[A-Za-z]*\\.?[\\s-]+(\\d{2,4})\\s+"
                    + "(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?(?:\\.\\d+)?\\s*([+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})?");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0),
            Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6), Map.entry("cdt", -5),
            Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7),
            Map.entry("ict", 7));
    private static final Pattern COMMENT = Pattern.compile("\\([^)]*\\)");
    /**
     * The most of a field, after its comments, that is looked at: a date takes about 40 characters. A field swollen
     * to a megabyte of letters would otherwise keep {@link #DATE}'s search busy for hours (it tries every start).
     */
    private static final int MAX_LENGTH = 200;

    private MailDates() {
    }

    /** The date, or {@code null} when absent or unreadable. */
    static OffsetDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = COMMENT.matcher(value).replaceAll(" ").trim();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        Matcher m = DATE.matcher(text);
        if (m.find()) {
            try {
                return fromParts(m);
            } catch (DateTimeException | IllegalArgumentException e) {
                // fall through to ISO
            }
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OffsetDateTime fromParts(Matcher m) {
        int day = Integer.parseInt(m.group(1));
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) {
            throw new IllegalArgumentException("month " + m.group(2));
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() <= 2) {
            year += year < 50 ? 2000 : 1900;
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Math.min(59, Integer.parseInt(m.group(6)));
        return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset(m.group(7)));
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.replace(":", "");
            int sign = digits.startsWith("-") ? -1 : 1;
            int hours = Integer.parseInt(digits.substring(1, 3));
            int minutes = Integer.parseInt(digits.substring(3, 5));
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        Integer hours = ZONES.get(zone.toLowerCase(Locale.ROOT));
        return ZoneOffset.ofHours(hours == null ? 0 : hours);
    }
}
