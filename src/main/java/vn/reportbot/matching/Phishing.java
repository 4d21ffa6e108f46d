package vn.reportbot.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.reportbot.intake.ReceivedMessage;
import vn.reportbot.text.VietnameseText;

/**
 * Signs that a message from an address nobody registered is a lure, not a unit's report: it asks for a password or
 * a login, to confirm an account or to open a link before a mailbox is locked, and carries a link.
 */
final class Phishing {

    private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://|\\bwww\\.");
    private static final Pattern LURE = Pattern.compile("\\b(?:mat khau|dang nhap|xac minh tai khoan|xac thuc tai khoan"
            + "|tai khoan (?:cua ban|se bi|bi khoa|tam khoa)|hop thu (?:da day|sap day|se bi)|nhap ma otp|ma otp"
            + "|password|verify your account|log ?in to|account (?:will be|has been) (?:suspended|locked)"
            + "|bam vao (?:duong )?link|nhan vao (?:duong )?(?:link|lien ket)|click vao|cap nhat thong tin tai khoan)\\b");

    private Phishing() {
    }

    /** The lures found (empty when none, or when the message carries no link). */
    static List<String> signs(ReceivedMessage message) {
        String text = (message.subject() == null ? "" : message.subject()) + "\n" + message.text();
        List<String> found = new ArrayList<>();
        if (!LINK.matcher(text).find()) {
            return found;
        }
        var lure = LURE.matcher(VietnameseText.accentFreeKey(text));
        while (lure.find() && found.size() < 3) {
            if (!found.contains(lure.group())) {
                found.add(lure.group());
            }
        }
        return found;
    }
}
