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
 * label is missing, unknown or wrong. A Western label (ISO-8859-1, windows-1252) is not trusted on bytes that are
 * valid UTF-8 or show windows-1258's tone bytes after vowels: Vietnamese mail clients send both under that label.
 * Unlabelled 8-bit bytes that are not UTF-8 are windows-1258 when they show those tone bytes, Chinese or Japanese when
 * {@link EastAsianBytes} says so, else windows-1252. A label is read as its superset where senders use one under it
 * (GB2312 as GB18030, Shift_JIS as windows-31j, EUC-KR as windows-949), and bytes the labelled charset cannot decode
 * are guessed instead, so that no replacement character stands where the bytes held a letter.
 */
final class Charsets {

    /** Used when bytes are 8-bit, not UTF-8 and nothing usable was declared. */
    static final Charset FALLBACK = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf8", "UTF-8"),
            Map.entry("unicode-1-1-utf-8", "UTF-8"),
            Map.entry("x-unicode20utf8", "UTF-8"),
            Map.entry("latin1", "ISO-8859-1"),
            Map.entry("cp1258", "windows-1258"),
            Map.entry("win-1258", "windows-1258"),
            Map.entry("vietnamese", "windows-1258"),
            Map.entry("gb2312", "GB18030"),
            Map.entry("gb_2312-80", "GB18030"),
            Map.entry("euc-cn", "GB18030"),
            Map.entry("x-euc-cn", "GB18030"),
            Map.entry("gbk", "GB18030"),
            Map.entry("cp936", "GB18030"),
            Map.entry("x-gbk", "GB18030"),
            Map.entry("shift_jis", "windows-31j"),
            Map.entry("shift-jis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"),
            Map.entry("sjis", "windows-31j"),
            Map.entry("euc-kr", "x-windows-949"),
            Map.entry("ks_c_5601-1987", "x-windows-949"));

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
        if (charset.equals(StandardCharsets.UTF_8) || isWesternLabel(charset)) {
            // A "UTF-8" label on windows-1252 bytes happens, and so does a Western label on UTF-8 or windows-1258 bytes.
            String strict = strictUtf8(bytes, length);
            if (strict != null) {
                return strict;
            }
            if (charset.equals(StandardCharsets.UTF_8) || looksLikeWindows1258(bytes, length)) {
                return eightBit(bytes, length);
            }
        }
        String labelled = strict(charset, bytes, length);
        return labelled != null ? labelled : guessOr(bytes, length, charset);
    }

    /** The guess, unless it too leaves bytes undecoded where the label does not: then the label's lenient reading. */
    private static String guessOr(byte[] bytes, int length, Charset charset) {
        String guessed = guess(bytes, length);
        return guessed.indexOf('\uFFFD') < 0 ? guessed : new String(bytes, 0, length, charset);
    }

    /** UTF-8 when the bytes are valid UTF-8 (pure ASCII included), otherwise windows-1258 or windows-1252. */
    static String guess(byte[] bytes, int length) {
        String strict = strictUtf8(bytes, length);
        return strict != null ? strict : eightBit(bytes, length);
    }

    private static String eightBit(byte[] bytes, int length) {
        if (looksLikeWindows1258(bytes, length)) {
            return new String(bytes, 0, length, WINDOWS_1258);
        }
        String eastAsian = EastAsianBytes.decode(bytes, length);
        return eastAsian != null ? eastAsian : new String(bytes, 0, length, FALLBACK);
    }

    /**
     * Vietnamese written in windows-1258: at least two of its five tone bytes (0xCC grave, 0xEC acute, 0xD2 hook,
     * 0xDE tilde, 0xF2 dot below) right after a vowel, and such pairs make up at least a third of the 8-bit bytes.
     * In Western text those bytes are the rare Ì ì Ò Þ ò, seldom after a vowel; in TCVN3 text they are whole letters,
     * mostly after consonants, among many other 8-bit letters.
     */
    static boolean looksLikeWindows1258(byte[] bytes, int length) {
        int eightBit = 0;
        int tonedVowels = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            eightBit++;
            boolean tone = b == 0xCC || b == 0xEC || b == 0xD2 || b == 0xDE || b == 0xF2;
            if (tone && i > 0 && isVowel1258(bytes[i - 1] & 0xFF)) {
                tonedVowels++;
            }
        }
        return tonedVowels >= 2 && tonedVowels * 3 >= eightBit;
    }

    /** a e i o u y in either case, and windows-1258's â ê ô ă ơ ư in either case. */
    private static boolean isVowel1258(int b) {
        return "aeiouyAEIOUY".indexOf(b) >= 0 || b == 0xE2 || b == 0xEA || b == 0xF4 || b == 0xE3 || b == 0xF5
                || b == 0xFD || b == 0xC2 || b == 0xCA || b == 0xD4 || b == 0xC3 || b == 0xD5 || b == 0xDD;
    }

    private static boolean isWesternLabel(Charset charset) {
        return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(FALLBACK);
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
        return strict(StandardCharsets.UTF_8, bytes, length);
    }

    /** The bytes in that charset, or {@code null} when some of them are not valid in it. */
    static String strict(Charset charset, byte[] bytes, int length) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
