package vn.reportbot.intake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

import vn.reportbot.text.VietnameseText;

/**
 * Turns bytes into NFC text, honouring a declared charset and falling back sensibly when the
 * label is missing, unknown or wrong. windows-1258 is never guessed (it is only right when declared).
 */
final class Charsets {

    /** Used when bytes are 8-bit, not UTF-8 and nothing usable was declared. */
    static final Charset FALLBACK = Charset.forName("windows-1252");

    private static final Map<String, String> ALIASES = Map.of(
            "utf8", "UTF-8",
            "unicode-1-1-utf-8", "UTF-8",
            "x-unicode20utf8", "UTF-8",
            "latin1", "ISO-8859-1",
            "cp1258", "windows-1258",
            "win-1258", "windows-1258",
            "vietnamese", "windows-1258");

    private Charsets() {
    }

    /** Decodes and normalises to NFC. */
    static String decode(byte[] bytes, int length, String declared) {
        return VietnameseText.nfc(decodeRaw(bytes, length, declared));
    }

    static String decode(byte[] bytes, String declared) {
        return decode(bytes, bytes.length, declared);
    }

    private static String decodeRaw(byte[] bytes, int length, String declared) {
        Charset charset = lookup(declared);
        if (charset == null || isAsciiLabel(charset)) {
            return guess(bytes, length);
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            // A "UTF-8" label on windows-1252 bytes happens; do not turn the text into U+FFFD.
            String strict = strictUtf8(bytes, length);
            return strict != null ? strict : new String(bytes, 0, length, FALLBACK);
        }
        return new String(bytes, 0, length, charset);
    }

    /** UTF-8 when the bytes are valid UTF-8 (pure ASCII included), otherwise windows-1252. */
    static String guess(byte[] bytes, int length) {
        String strict = strictUtf8(bytes, length);
        return strict != null ? strict : new String(bytes, 0, length, FALLBACK);
    }

    /** The charset for a MIME label, or {@code null} when the label is missing, invalid or unsupported. */
    static Charset lookup(String label) {
        if (label == null) {
            return null;
        }
        String name = label.trim().replace("\"", "").replace("'", "");
        if (name.isEmpty()) {
            return null;
        }
        name = ALIASES.getOrDefault(name.toLowerCase(Locale.ROOT), name);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isAsciiLabel(Charset charset) {
        // Mail labelled us-ascii often carries 8-bit text anyway; guessing is never worse for ASCII.
        return charset.equals(StandardCharsets.US_ASCII);
    }

    static String strictUtf8(byte[] bytes, int length) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
