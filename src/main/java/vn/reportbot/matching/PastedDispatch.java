package vn.reportbot.matching;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dispatch pasted into a report, under a vague subject: the number on its own {@code Số:} line, at a line's start
 * as a dispatch's header prints it. The numbers it cites in its body ("Thực hiện Công văn số …") are not it.
 */
final class PastedDispatch {

    private static final Pattern NUMBER_LINE = Pattern.compile("(?m)^[\\s>]*S[ốô]\\s*(?:hiệu)?\\s*:\\s*(\\S[^\\n]{0,40})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PastedDispatch() {
    }

    /** The first {@code Số:} line of the text that names one of the office's dispatches. */
    static Optional<DispatchMention> find(DispatchMentionFinder finder, DispatchMentionFinder.Index index, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher line = NUMBER_LINE.matcher(text);
        while (line.find()) {
            Optional<DispatchMention> mention = finder.find(index, "công văn dán trong thư", line.group(1))
                    .filter(DispatchMention::fullNumber);
            if (mention.isPresent()) {
                return mention;
            }
        }
        return Optional.empty();
    }
}
