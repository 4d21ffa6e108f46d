package vn.reportbot.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.intake.Attachment;
import vn.reportbot.intake.ReceivedMessage;

/**
 * The best guess, for the review list, of the unit a message comes from when its address does not say: the unit
 * the bot's mail it replies to was sent to, a commune named in the display name, the registered sender of a
 * forwarded original, or a commune named in the subject, the text or an attached report.
 */
final class UnitGuesser {

    private static final Pattern FORWARDED_SENDER = Pattern.compile(
            "(?imu)^[>\\s*]*(?:from|từ|tu|de|người gửi|nguoi gui)\\s*:\\s*(.+)$");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![A-Za-z0-9._%+'=-])[A-Za-z0-9._%+'=-]++@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"); // from a run's start only

    private final Directory directory;
    private final UnitNameFinder unitNames = new UnitNameFinder();
    /** Each office's index of unit names, with the office it was made from (a changed directory has new ones). */
    private final Map<String, Map.Entry<Office, UnitNameFinder.Index>> indexes = new ConcurrentHashMap<>();

    UnitGuesser(Directory directory) {
        this.directory = directory;
    }

    Optional<Unit> guess(Office office, ReceivedMessage message, Optional<SentMail> repliedTo) {
        if (repliedTo.isPresent() && repliedTo.get().unitId() != null) {
            Optional<Unit> unit = office.unit(repliedTo.get().unitId());
            if (unit.isPresent()) {
                return unit;
            }
        }
        UnitNameFinder.Index units = indexes.compute(office.id(), (id, made) -> made != null && made.getKey() == office
                ? made : Map.entry(office, new UnitNameFinder.Index(office.units()))).getValue();
        Optional<Unit> unit = unitNames.inDisplayName(units, message.fromName());
        if (unit.isEmpty()) {
            unit = forwardedFrom(office, message);
        }
        if (unit.isEmpty()) {
            unit = unitNames.inText(units, message.subject());
        }
        if (unit.isEmpty()) {
            unit = unitNames.inText(units, message.ownText());
        }
        for (Attachment document : ReportWords.documents(message)) {
            if (unit.isPresent()) {
                break;
            }
            unit = unitNames.inText(units, ReportWords.head(document));
        }
        return unit;
    }

    /**
     * The unit whose registered address sent the original of a forwarded message: the sender line of a forward
     * quoted in the text ({@code From:}, {@code Từ:}, {@code De:}), or of a message attached whole.
     */
    private Optional<Unit> forwardedFrom(Office office, ReceivedMessage message) {
        List<String> texts = new ArrayList<>();
        texts.add(message.text().substring(Math.min(message.ownText().length(), message.text().length())));
        message.attachments().stream().filter(a -> a.contentType().startsWith("message/")).forEach(a -> texts.add(a.text()));
        for (String text : texts) {
            Matcher line = FORWARDED_SENDER.matcher(text);
            while (line.find()) {
                Matcher address = ADDRESS.matcher(line.group(1));
                while (address.find()) {
                    Optional<Unit> unit = directory.unitByAddress(address.group().toLowerCase(Locale.ROOT))
                            .filter(u -> u.officeId().equals(office.id()));
                    if (unit.isPresent()) {
                        return unit;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
