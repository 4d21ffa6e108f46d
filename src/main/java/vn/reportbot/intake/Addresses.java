package vn.reportbot.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reportbot.text.VietnameseText;

/**
 * Lenient address-list parsing for From/To/Cc values that may carry raw 8-bit display names,
 * RFC 2047 words, quoted commas, comments and groups.
 */
final class Addresses {

    /** One mailbox: lower-case address and decoded display name (or {@code null}). */
    record Mailbox(String address, String name) {
    }

    /**
     * An address; beyond ASCII too (RFC 6532), and with the invisible characters a forger slips in, so that
     * {@code mttq.phuoc\u200Bdai@gmail.com} is read whole, not as {@code dai@gmail.com}. The pattern starts only where
     * a run of local-part characters starts (the look-behind): the leftmost match is the same, and a header of a
     * megabyte of letters without an @ is searched once, not once per letter.
     */
    private static final String LOCAL = "[A-Za-z0-9._%+'=/!#$&*?^`{|}~\\-\\u0080-\\uFFFF&&[^\\p{Z}\\u0085]]";
    private static final String LETTER = "[A-Za-z0-9\\u0080-\\uFFFF&&[^\\p{Z}\\u0085]]";
    private static final String LABEL = LETTER + "(?:[A-Za-z0-9\\-\\u0080-\\uFFFF&&[^\\p{Z}\\u0085]]*" + LETTER + ")?";
    static final Pattern ADDRESS = Pattern.compile("(?<!" + LOCAL + ")" + LOCAL + "++@" + LABEL + "(?:\\." + LABEL + ")*");
    /** An address as a bounce's text or an unreadable header writes it: a local part, {@code @}, a dotted domain. */
    static final Pattern PLAIN_ADDRESS = Pattern.compile(
            "(?<![A-Za-z0-9._%+'=-])[A-Za-z0-9._%+'=-]++@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern GROUP_START = Pattern.compile("^[^\"<@]*:(?!//)");

    private Addresses() {
    }

    static List<Mailbox> parse(String value) {
        List<Mailbox> out = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        for (String item : split(value)) {
            String s = item.trim();
            Matcher group = GROUP_START.matcher(s);
            if (group.find()) {
                s = s.substring(group.end()).trim();
            }
            if (s.endsWith(";")) {
                s = s.substring(0, s.length() - 1).trim();
            }
            if (s.isEmpty()) {
                continue;
            }
            Mailbox m = mailbox(s);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The sender's address in a From value: its first mailbox's, else the first {@link #PLAIN_ADDRESS} in it; lower-case,
     * or {@code null} when there is none.
     */
    static String sender(String from) {
        List<Mailbox> senders = parse(from);
        return senders.isEmpty() ? findPlain(from) : senders.get(0).address();
    }

    /** The first {@link #PLAIN_ADDRESS} in the value, lower-case, or {@code null}. */
    static String findPlain(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = PLAIN_ADDRESS.matcher(value);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }

    private static Mailbox mailbox(String s) {
        int lt = lastOutsideQuotes(s, '<');
        if (lt >= 0) {
            int gt = s.indexOf('>', lt);
            String inside = s.substring(lt + 1, gt < 0 ? s.length() : gt).trim();
            Matcher a = ADDRESS.matcher(inside);
            if (!a.find()) {
                return null;
            }
            return new Mailbox(a.group().toLowerCase(Locale.ROOT), name(s.substring(0, lt)));
        }
        String comment = null;
        int open = s.indexOf('(');
        if (open >= 0) {
            int close = s.lastIndexOf(')');
            if (close > open) {
                comment = s.substring(open + 1, close);
            }
        }
        Matcher a = ADDRESS.matcher(s);
        if (!a.find()) {
            return null;
        }
        return new Mailbox(a.group().toLowerCase(Locale.ROOT), name(comment));
    }

    private static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        s = VietnameseText.collapseSpaces(HeaderText.decodeWords(s));
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1).trim();
        }
        return s.isEmpty() ? null : s;
    }

    private static int lastOutsideQuotes(String s, char wanted) {
        boolean quoted = false;
        int found = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                found = i;
            }
        }
        return found;
    }

    /** Splits at commas outside quotes, angle brackets and comments. */
    private static List<String> split(String value) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int angle = 0;
        int comment = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted && c == '\\' && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
                continue;
            }
            if (c == '"' && comment == 0) {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '<') {
                    angle++;
                } else if (c == '>' && angle > 0) {
                    angle--;
                } else if (c == '(') {
                    comment++;
                } else if (c == ')' && comment > 0) {
                    comment--;
                } else if ((c == ',' || c == ';') && angle == 0 && comment == 0) {
                    if (c == ';') {
                        current.append(c);
                    }
                    items.add(current.toString());
                    current.setLength(0);
                    continue;
                }
            }
            current.append(c);
        }
        items.add(current.toString());
        return items;
    }
}
