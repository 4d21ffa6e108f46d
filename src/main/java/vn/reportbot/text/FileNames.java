package vn.reportbot.text;

import java.util.regex.Pattern;

/**
 * A file name as the bot keeps, shows and sends it, whatever a sender or an upload called it: the base name only (no
 * folder, whether {@code /} or {@code \} separated it: {@code ../../etc/passwd.docx} is {@code passwd.docx}), without
 * control or formatting characters (NUL, line breaks, the right-to-left override that makes {@code gpj.exe} read
 * {@code exe.jpg}), without leading dots or outer spaces, in NFC, at most {@value #LONGEST} characters (the extension
 * kept).
 */
public final class FileNames {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    static final int LONGEST = 180;

    private FileNames() {
    }

    /** The safe base name of {@code name}; {@code null} when nothing is left of it (or it is null). */
    public static String baseName(String name) {
        if (name == null) {
            return null;
        }
        String base = CONTROL.matcher(VietnameseText.nfc(name)).replaceAll("");
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1).strip().replaceAll("^[.\\s]+", "");
        if (base.length() > LONGEST) {
            int dot = base.lastIndexOf('.');
            String extension = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
            base = base.substring(0, LONGEST - extension.length()) + extension;
        }
        return base.isEmpty() ? null : base;
    }
}
