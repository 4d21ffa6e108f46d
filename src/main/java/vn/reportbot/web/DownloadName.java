package vn.reportbot.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import vn.reportbot.text.VietnameseText;

/**
 * The {@code Content-Disposition} of a file to download: always {@code attachment}, with a name that is a base name
 * only (no folder), without control characters, as ASCII in {@code filename} (accents dropped) and whole in UTF-8 in
 * {@code filename*} (RFC 5987), so that a Vietnamese name reaches the browser as it was.
 */
final class DownloadName {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern NOT_ASCII_SAFE = Pattern.compile("[^A-Za-z0-9 ._()\\-]");
    private static final int LONGEST = 180;

    private DownloadName() {
    }

    /** The header's value for {@code name} (which may be null or unsafe; {@code fallback} then, a plain ASCII name). */
    static String attachment(String name, String fallback) {
        String safe = safe(name, fallback);
        String ascii = NOT_ASCII_SAFE.matcher(asciiOf(safe)).replaceAll("_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncoded(safe);
    }

    /** The base name of {@code name}, without control characters, leading dots or outer spaces; else {@code fallback}. */
    static String safe(String name, String fallback) {
        String base = name == null ? "" : VietnameseText.nfc(name);
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = CONTROL.matcher(base.substring(slash + 1)).replaceAll("").replace("\"", "'").strip();
        base = base.replaceAll("^[.\\s]+", "");
        if (base.length() > LONGEST) {
            int dot = base.lastIndexOf('.');
            String extension = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
            base = base.substring(0, LONGEST - extension.length()) + extension;
        }
        return base.isEmpty() ? fallback : base;
    }

    private static String asciiOf(String name) {
        String bare = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return bare;
    }

    /** RFC 5987 value characters: letters, digits and {@code -._~} stay, every other byte of the UTF-8 is %XX. */
    private static String percentEncoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
