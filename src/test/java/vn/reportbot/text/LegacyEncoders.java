package vn.reportbot.text;

import java.text.Normalizer;

/**
 * Encoders from Unicode to TCVN3 and VNI, written independently of {@link LegacyVietnamese}'s tables so that the
 * tests round-trip through two different descriptions of each encoding. Also used to make the legacy fixtures.
 */
public final class LegacyEncoders {

    /**
     * The VN3 letters in code order from 0xA1 to 0xFE, {@code _} where VN3 has no letter, as glibc's
     * {@code iconv -f TCVN5712-1} decodes those codes (its VN1-only capitals and combining marks left out).
     */
    private static final String VN3_FROM_A1 = "ĂÂÊÔƠƯĐăâêôơưđ" // A1–AE
            + "_" + "_____" // AF, B0–B4
            + "àảãáạ" // B5–B9
            + "_" + "ằẳẵắ" // BA, BB–BE
            + "_______" // BF–C5
            + "ặầẩẫấậè" // C6–CC
            + "_" + "ẻẽéẹềểễếệìỉ" // CD, CE–D8
            + "___" + "ĩíịò" // D9–DB, DC–DF
            + "_" + "ỏõóọồổỗốộờởỡớợù" // E0, E1–EF
            + "_" + "ủũúụừửữứựỳỷỹýỵ"; // F0, F1–FE

    private LegacyEncoders() {
    }

    /**
     * TCVN3 as a Word file stores it: each letter as the Latin-1 character of its VN3 code. Capitals VN3 lacks are
     * written with the small letter's code, as typed in a capitals ({@code .VnTimeH}) font.
     */
    public static String toTcvn3(String unicode) {
        if (VN3_FROM_A1.length() != 0xFE - 0xA1 + 1) {
            throw new IllegalStateException("VN3 table has " + VN3_FROM_A1.length() + " entries");
        }
        StringBuilder out = new StringBuilder();
        String text = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = c == '_' ? -1 : VN3_FROM_A1.indexOf(c);
            if (at < 0 && Character.isUpperCase(c)) {
                at = VN3_FROM_A1.indexOf(Character.toLowerCase(c));
                if (at >= 0 && c <= 0x7F) {
                    at = -1;
                }
            }
            out.append(at >= 0 ? (char) (0xA1 + at) : c);
        }
        return out.toString();
    }

    /**
     * VNI built from each letter's parts: the base vowel, then a shape modifier ({@code â} circumflex, {@code ê}
     * breve; horn and stroke letters are single characters ô ö ñ), then the tone, whose character depends on the
     * shape; the i tones and ỵ are single characters. Capitals use the upper-cased characters.
     */
    public static String toVni(String unicode) {
        StringBuilder out = new StringBuilder();
        String text = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean upper = Character.isUpperCase(c);
            String lower = String.valueOf(Character.toLowerCase(c));
            String encoded = vniLower(lower);
            out.append(upper ? encoded.toUpperCase(java.util.Locale.ROOT) : encoded);
        }
        return out.toString();
    }

    private static String vniLower(String letter) {
        if (letter.equals("đ")) {
            return "ñ";
        }
        String nfd = Normalizer.normalize(letter, Normalizer.Form.NFD);
        char base = nfd.charAt(0);
        if ("aeiouy".indexOf(base) < 0 || nfd.length() == 1) {
            return letter;
        }
        String marks = nfd.substring(1);
        char shape = 0;
        char tone = 0;
        for (char m : marks.toCharArray()) {
            if (m == '\u0302' || m == '\u0306' || m == '\u031B') {
                shape = m;
            } else {
                tone = m;
            }
        }
        int t = switch (tone) {
            case '\u0300' -> 0;
            case '\u0301' -> 1;
            case '\u0309' -> 2;
            case '\u0303' -> 3;
            case '\u0323' -> 4;
            default -> -1;
        };
        if (base == 'i') {
            return String.valueOf("ìíæóò".charAt(t));
        }
        if (base == 'y' && t == 4) {
            return "î";
        }
        StringBuilder b = new StringBuilder();
        String toneChars;
        if (shape == '\u0302') {
            b.append(base);
            toneChars = "àáåãä";
            if (t < 0) {
                b.append('â'); // circumflex alone; with a tone the tone character carries it
            }
        } else if (shape == '\u0306') {
            b.append(base);
            toneChars = "èéúüë";
            if (t < 0) {
                b.append('ê');
            }
        } else if (shape == '\u031B') {
            b.append(base == 'o' ? 'ô' : 'ö');
            toneChars = "øùûõï";
        } else {
            b.append(base);
            toneChars = "øùûõï";
        }
        if (t >= 0) {
            b.append(toneChars.charAt(t));
        }
        return b.toString();
    }
}
