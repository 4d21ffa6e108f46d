package vn.reportbot.intake;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reportbot.text.VietnameseText;

/**
 * Header value decoding: raw 8-bit bytes, unfolding, RFC 2047 encoded words (adjacent words of one
 * charset are joined at the byte level, so a character split across two words or two folded lines
 * survives) and RFC 2045/2231 parameters.
 */
final class HeaderText {

    private static final Pattern ENCODED_WORD =
            Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?]*)\\?=");
    private static final Pattern FOLD = Pattern.compile("\\r?\\n(?=[ \\t])|\\r?\\n");
    private static final Pattern SECTION = Pattern.compile("^(.+?)\\*(\\d+)(\\*?)$");

    private HeaderText() {
    }

    /** The header field's raw bytes as text: UTF-8 when valid, else windows-1252. */
    static String rawToString(byte[] raw) {
        return Charsets.guess(raw, raw.length);
    }

    /** Removes folding line breaks (keeping the white space that follows them). */
    static String unfold(String value) {
        return value == null ? null : FOLD.matcher(value).replaceAll("");
    }

    /** Decodes RFC 2047 encoded words and normalises to NFC. */
    static String decodeWords(String value) {
        if (value == null) {
            return null;
        }
        if (!value.contains("=?")) {
            return VietnameseText.nfc(value);
        }
        StringBuilder out = new StringBuilder(value.length());
        Matcher m = ENCODED_WORD.matcher(value);
        int pos = 0;
        String pendingCharset = null;
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        while (m.find()) {
            String between = value.substring(pos, m.start());
            boolean adjacent = pendingCharset != null && between.isBlank();
            String charset = stripLanguage(m.group(1));
            byte[] bytes = decodeWordBytes(m.group(2), m.group(3));
            if (adjacent && charset.equalsIgnoreCase(pendingCharset)) {
                pending.writeBytes(bytes);
            } else {
                if (pendingCharset != null) {
                    out.append(Charsets.decode(pending.toByteArray(), pendingCharset));
                    pending.reset();
                }
                if (!adjacent) {
                    out.append(between);
                }
                pendingCharset = charset;
                pending.writeBytes(bytes);
            }
            pos = m.end();
        }
        if (pendingCharset != null) {
            out.append(Charsets.decode(pending.toByteArray(), pendingCharset));
        }
        out.append(value, pos, value.length());
        return VietnameseText.nfc(out.toString());
    }

    private static String stripLanguage(String charset) {
        int star = charset.indexOf('*'); // RFC 2231 section 5: =?utf-8*vi?Q?...?=
        return star >= 0 ? charset.substring(0, star) : charset;
    }

    private static byte[] decodeWordBytes(String encoding, String text) {
        if (encoding.equalsIgnoreCase("B")) {
            String clean = text.replaceAll("[^A-Za-z0-9+/]", "");
            int rem = clean.length() % 4;
            if (rem == 1) {
                clean = clean.substring(0, clean.length() - 1);
            } else if (rem > 1) {
                clean = clean + "==".substring(0, 4 - rem);
            }
            try {
                return Base64.getDecoder().decode(clean);
            } catch (IllegalArgumentException e) {
                return text.getBytes(StandardCharsets.ISO_8859_1);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.writeBytes(b);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** A structured header value: the main value (lower-case) and its parameters, decoded. */
    record Structured(String value, Map<String, String> params) {
        String param(String name) {
            return params.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Parses {@code value; name=token; name="quoted"; name*=utf-8''%E1%BA%A1; name*0*=...}. Parameter
     * names are lower-cased; RFC 2231 continuations are joined and percent-decoded; RFC 2047 words
     * inside values (a common violation) are decoded too.
     */
    static Structured parseStructured(String header) {
        if (header == null) {
            return new Structured("", Map.of());
        }
        List<String> parts = splitParams(unfold(header));
        String value = parts.isEmpty() ? "" : parts.get(0).trim().toLowerCase(Locale.ROOT);
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String[]>> sections = new LinkedHashMap<>();
        Map<String, String> extended = new LinkedHashMap<>();
        for (String part : parts.subList(Math.min(1, parts.size()), parts.size())) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String raw = unquote(part.substring(eq + 1).trim());
            Matcher section = SECTION.matcher(name);
            if (section.matches()) {
                sections.computeIfAbsent(section.group(1), k -> new TreeMap<>())
                        .put(Integer.parseInt(section.group(2)), new String[] {raw, section.group(3)});
            } else if (name.endsWith("*")) {
                extended.put(name.substring(0, name.length() - 1), decode2231(raw));
            } else {
                plain.put(name, raw);
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        plain.forEach((k, v) -> params.put(k, decodeWords(v)));
        extended.forEach((k, v) -> params.put(k, VietnameseText.nfc(v)));
        sections.forEach((name, pieces) -> params.put(name, VietnameseText.nfc(joinSections(pieces))));
        return new Structured(value, params);
    }

    private static String joinSections(TreeMap<Integer, String[]> pieces) {
        String charset = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Map.Entry<Integer, String[]> e : pieces.entrySet()) {
            String text = e.getValue()[0];
            boolean encoded = !e.getValue()[1].isEmpty();
            if (encoded && e.getKey() == 0) {
                int first = text.indexOf('\'');
                int second = first < 0 ? -1 : text.indexOf('\'', first + 1);
                if (second > 0) {
                    charset = text.substring(0, first);
                    text = text.substring(second + 1);
                }
            }
            bytes.writeBytes(encoded ? percentDecode(text) : text.getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = bytes.toByteArray();
        return charset == null ? Charsets.guess(all, all.length) : Charsets.decode(all, charset);
    }

    private static String decode2231(String raw) {
        int first = raw.indexOf('\'');
        int second = first < 0 ? -1 : raw.indexOf('\'', first + 1);
        if (second < 0) {
            byte[] b = percentDecode(raw);
            return Charsets.guess(b, b.length);
        }
        String charset = raw.substring(0, first);
        byte[] b = percentDecode(raw.substring(second + 1));
        return charset.isEmpty() ? Charsets.guess(b, b.length) : Charsets.decode(b, charset);
    }

    private static byte[] percentDecode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static List<String> splitParams(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quoted && c == '\\' && i + 1 < header.length()) {
                current.append(c).append(header.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            String inner = value.substring(1, value.length() - 1);
            return inner.replaceAll("\\\\(.)", "$1");
        }
        return value;
    }
}
