package vn.reportbot.dispatchtext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.reportbot.text.VietnameseText;

/**
 * Finds the signature block: an optional authority prefix line ({@code TM. BAN THƯỜNG TRỰC}), the
 * title ({@code PHÓ CHỦ TỊCH}), optionally {@code (Đã ký)}, then the signer's name (an upper-case name is
 * capitalised word by word). The block is the
 * last one in the text, so it is found whether an export puts it after the {@code Nơi nhận} list or
 * before it.
 */
final class SignatureFinder {

    /**
     * @param start  index of the block's first line (where the body ends when the block comes first)
     * @param signer the name as written
     * @param title  the line above the name, or null when that line is only an authority prefix
     */
    record Signature(int start, String signer, String title) {
    }

    private SignatureFinder() {
    }

    /** The last signature block at or after line {@code from}; {@code receivedFrom} is the Nơi nhận line or -1. */
    static Optional<Signature> find(List<String> lines, int from, int receivedFrom) {
        for (int i = lines.size() - 1; i >= from; i--) {
            if (!Lines.isPersonName(lines.get(i)) && !Lines.isUpperCasePersonName(lines.get(i))) {
                continue;
            }
            int above = previousContentLine(lines, i - 1, from);
            if (above >= 0 && isHeading(lines.get(above))) {
                String heading = lines.get(above);
                String title = Lines.isAuthority(heading) ? null : VietnameseText.collapseSpaces(heading);
                return Optional.of(new Signature(blockStart(lines, above, from), name(lines.get(i)), title));
            }
        }
        if (receivedFrom >= 0) {
            for (int i = lines.size() - 1; i > receivedFrom; i--) {
                if (Lines.isPersonName(lines.get(i))) {
                    return Optional.of(new Signature(i, name(lines.get(i)), null));
                }
            }
        }
        return Optional.empty();
    }

    private static int previousContentLine(List<String> lines, int from, int limit) {
        for (int j = from; j >= limit; j--) {
            String line = lines.get(j);
            if (!line.isBlank() && !Lines.isParenthetical(line)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isHeading(String line) {
        return !Lines.isListItem(line) && (Lines.isAuthority(line) || Lines.isUpperCase(line))
                && !line.strip().matches("^(?:\\d{1,2}|[IVXL]{1,6})\\h*[.)].*");
    }

    private static int blockStart(List<String> lines, int heading, int limit) {
        int start = heading;
        for (int j = heading - 1; j >= limit; j--) {
            String line = lines.get(j);
            if (line.isBlank() || Lines.isParenthetical(line)) {
                continue;
            }
            if (!isHeading(line)) {
                break;
            }
            start = j;
        }
        return start;
    }

    /** The name as written, or capitalised word by word when written in capitals. */
    private static String name(String line) {
        String name = VietnameseText.collapseSpaces(line);
        if (Lines.isPersonName(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(IssuerNamer.capitalise(word.toLowerCase(Locale.ROOT)));
        }
        return out.toString();
    }
}
