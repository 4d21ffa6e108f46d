package vn.reportbot.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import vn.reportbot.text.LegacyVietnamese;

/**
 * A plain-text file: UTF-8 (with or without a byte-order mark) or UTF-16 with a mark; otherwise one byte per
 * character, where TCVN3 or VNI mojibake is converted, Vietnamese Windows text (bytes of ư ơ đ ă and the separate
 * tone bytes) is read as windows-1258 and anything else as windows-1252.
 */
final class PlainText {

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PlainText() {
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableDocumentException("not a text file: it holds binary data");
            }
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        if (LegacyVietnamese.detect(latin1).isPresent()) {
            return latin1; // the reader converts it
        }
        return new String(bytes, looksLikeWindows1258(bytes) ? WINDOWS_1258 : WINDOWS_1252);
    }

    /** Bytes that windows-1258 uses for Vietnamese (ư ơ đ ă and the five tone marks) and that are rare in 1252 text. */
    private static boolean looksLikeWindows1258(byte[] bytes) {
        int signs = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean tone = (b == 0xCC || b == 0xEC || b == 0xD2 || b == 0xDE || b == 0xF2) && i > 0
                    && Character.isLetter((char) (bytes[i - 1] & 0xFF));
            if (tone || b == 0xFD || b == 0xF5 || b == 0xF0 || b == 0xE3 || b == 0xDD || b == 0xD5 || b == 0xD0
                    || b == 0xC3) {
                signs++;
            }
        }
        return signs >= 2;
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            if (offset > 0) {
                throw new UnreadableDocumentException("not a text file: it starts as UTF-8 but is not valid UTF-8");
            }
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
