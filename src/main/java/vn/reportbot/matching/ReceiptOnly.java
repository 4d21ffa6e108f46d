package vn.reportbot.matching;

import java.util.regex.Pattern;

import vn.reportbot.intake.ReceivedMessage;
import vn.reportbot.text.VietnameseText;

/**
 * A unit that writes only that it received the dispatch and will report later ("Xã đã nhận được Công văn số 319,
 * sẽ báo cáo sau"), or only puts its report off ("chưa có số liệu, xin gia hạn"), has not reported: take away its
 * greetings, the sentences that acknowledge receipt and those that put the report off, and nothing is left; and it
 * attaches no document with text.
 */
final class ReceiptOnly {

    /** Longer own words hold more than a receipt: they are read as a report. */
    private static final int MAX_CHARS = 700;
    /** Fewer letters than this left over are no report. */
    private static final int MIN_REPORT_LETTERS = 30;

    private static final Pattern RECEIVED = Pattern.compile("\\b(?:da|vua) (?:nhan duoc|nhan|tiep nhan)\\b"
            + "|\\bxac nhan (?:da )?(?:nhan|tiep nhan)\\b|\\bbao nhan\\b");
    private static final Pattern COURTESY = Pattern.compile("^(?:kinh gui|tran trong|cam on|xin cam on|chao|kinh chao)"
            + "\\b.{0,60}$");
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.;!?])\\s+|\\n+");

    private ReceiptOnly() {
    }

    static boolean is(ReceivedMessage message) {
        String own = message.ownText() == null ? "" : message.ownText().strip();
        if (own.length() > MAX_CHARS || !ReportWords.documents(message).isEmpty()) {
            return false;
        }
        boolean saysSo = false;
        int left = 0;
        for (String sentence : SENTENCES.split(own)) {
            String key = VietnameseText.accentFreeKey(sentence);
            if (key.isEmpty()) {
                continue;
            }
            if (Deferrals.defers(sentence) || RECEIVED.matcher(key).find()) {
                saysSo = true;
            } else if (!COURTESY.matcher(key).find()) {
                left += (int) key.chars().filter(Character::isLetterOrDigit).count();
            }
        }
        return saysSo && left < MIN_REPORT_LETTERS;
    }
}
