package vn.reportbot.matching;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.LearnedAddresses;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.intake.Attachment;
import vn.reportbot.intake.MessageKind;
import vn.reportbot.intake.ReceivedMessage;

/**
 * Decides, for one received message, the office, the unit and the dispatch it answers.
 *
 * <p>A message is {@link Decision#MATCHED} only when the sender is a registered (or staff-confirmed)
 * address of a unit of the office and the dispatch is named unambiguously: by number, by replying to
 * the bot's own mail about it, or, when nothing names any document, by the report's words matching
 * one dispatch's summary and tasks with a clear margin over the others. Everything else that looks
 * like a report goes to review with the best guesses; auto-replies, bounces and other non-reports are
 * {@link Decision#IGNORED}.
 *
 * <p>It asks three questions in turn, each answered with its reasons: who sent it ({@link SenderResolver}), which
 * dispatch it answers ({@link DispatchResolver}), and, when a person must look, whom it seems to come from
 * ({@link UnitGuesser}).
 */
public final class ReportMatcher {

    private final Directory directory;
    private final SentMailIndex sentMail;
    private final SenderResolver senders;
    private final DispatchResolver dispatches;
    private final UnitGuesser units;
    private final TaskMentionFinder taskMentions = new TaskMentionFinder();
    /** The most candidates a message under review lists. */
    private static final int CANDIDATES = 3;

    public ReportMatcher(Directory directory, DispatchCatalog catalog, SentMailIndex sentMail) {
        this(directory, catalog, sentMail, LearnedAddresses.none());
    }

    public ReportMatcher(Directory directory, DispatchCatalog catalog, SentMailIndex sentMail, LearnedAddresses learned) {
        this.directory = directory;
        this.sentMail = sentMail;
        this.senders = new SenderResolver(directory, learned);
        this.dispatches = new DispatchResolver(catalog);
        this.units = new UnitGuesser(directory);
    }

    /** The verdict, the report's day taken from the message: its topmost {@code Received} field, else its Date. */
    public MatchResult match(ReceivedMessage message) {
        return match(message, null);
    }

    /**
     * The verdict on a message the office's server received at that time (null: as the message itself says). That
     * day's year, and the dispatches open on it, decide between dispatches that share the number the report names.
     */
    public MatchResult match(ReceivedMessage message, OffsetDateTime receivedAt) {
        OffsetDateTime received = receivedAt != null ? receivedAt
                : message.receivedAt() != null ? message.receivedAt() : message.date();
        LocalDate reportDay = received == null ? null : received.toLocalDate();
        SenderResolver.Sender sender = senders.resolve(message);
        Optional<Office> office = sender.office();
        String officeId = office.map(Office::id).orElse(null);
        if (message.kind() == MessageKind.BOUNCE) {
            return bounce(message, office);
        }
        if (message.kind() != MessageKind.REPORT) {
            String why = message.kindReason() == null ? "không phải báo cáo" : message.kindReason();
            return new MatchResult(message.kind(), Decision.IGNORED, officeId, sender.registered().map(Unit::id).orElse(null),
                    null, List.of(), 0.99, List.of(kindLabel(message.kind()) + ": " + why));
        }
        List<String> reasons = new ArrayList<>();
        if (message.senderNote() != null) {
            reasons.add(message.senderNote());
        }
        reasons.addAll(sender.reasons());
        if (sender.unit() == null && sender.claimed() == null) {
            List<String> lures = Phishing.signs(message);
            if (!lures.isEmpty()) {
                reasons.add("thư có dấu hiệu lừa đảo (" + String.join(", ", lures) + ") từ một địa chỉ chưa đăng ký:"
                        + " không phải báo cáo của đơn vị, hệ thống không trả lời");
                return new MatchResult(message.kind(), Decision.IGNORED, officeId, null, null, List.of(), 0.9, reasons);
            }
        }
        if (office.isEmpty()) {
            reasons.add("người nhận không có hộp thư của cơ quan nào và người gửi không phải địa chỉ đã đăng ký của đơn vị");
            return review(message, null, null, null, 0.1, reasons, List.of());
        }
        Office theOffice = office.get();
        Optional<SentMail> repliedTo = repliedTo(message);
        DispatchResolver.Answer answer = dispatches.resolve(theOffice.id(), message, repliedTo, reportDay);
        reasons.addAll(answer.reasons());
        KnownDispatch dispatch = answer.dispatch();
        Unit unit = sender.unit();
        if (unit == null) {
            Unit claimed = sender.claimed();
            Optional<Unit> guess = claimed != null ? Optional.of(claimed)
                    : sender.lookAlike() ? Optional.empty() : units.guess(theOffice, message, repliedTo);
            if (guess.isPresent() && claimed == null) {
                reasons.add("thư có vẻ của " + guess.get().name() + ": cần cán bộ xác nhận");
            }
            return review(message, theOffice.id(), guess.orElse(null), dispatch, guess.isEmpty() ? 0.2 : 0.5, reasons,
                    answer.ranked());
        }
        if (repliedTo.filter(sent -> "acknowledgement".equals(sent.kind())).isPresent()
                && !dispatches.namedByTheSender(theOffice.id(), message) && ReportWords.documents(message).isEmpty()
                && (dispatch == null || taskMentions.find(ReportWords.ownWords(message), dispatch.tasks()).isEmpty())) {
            // another robot answering the acknowledgement would otherwise be acknowledged, and answer that, for ever;
            // a unit that adds to its report under the acknowledgement names the tasks, the dispatch or attaches it
            reasons.add("thư trả lời thư xác nhận của hệ thống, nội dung không nêu công văn, nhiệm vụ hay tệp báo cáo nào:"
                    + " có thể là thư trả lời tự động; cần cán bộ xem, hệ thống không trả lời thư này");
            return review(message, theOffice.id(), unit, dispatch, 0.5, reasons, answer.ranked());
        }
        if (ReceiptOnly.is(message)) {
            reasons.add("đơn vị chỉ báo đã nhận công văn hoặc hẹn báo cáo sau: chưa phải báo cáo, nhiệm vụ vẫn chờ báo cáo");
            KnownDispatch named = dispatch != null && answer.sure() ? dispatch
                    : dispatches.namedAnywhere(theOffice.id(), message).orElse(dispatch);
            return new MatchResult(message.kind(), Decision.IGNORED, theOffice.id(), unit.id(), named, List.of(), 0.85,
                    reasons);
        }
        if (!answer.sure() && !answer.byMatter()) {
            return review(message, theOffice.id(), unit, dispatch, dispatch == null ? 0.3 : 0.55, reasons,
                    answer.ranked());
        }
        List<Integer> tasks = taskMentions.find(ReportWords.ownWords(message), dispatch.tasks());
        double confidence = answer.byMatter() ? 0.8 : answer.mention().map(m -> m.fullNumber() ? 0.97 : 0.93).orElse(0.95);
        if (answer.mention().map(m -> ReportWords.recognised(message, m.where()))
                .orElse(answer.byMatter() && ReportWords.documents(message).stream().anyMatch(Attachment::ocr))) {
            // text recognition misreads letters and digits: the same finding counts for less
            confidence -= 0.1;
            reasons.add("công văn được nhận ra trong văn bản đọc bằng nhận dạng chữ (OCR) từ bản quét: độ tin cậy thấp hơn");
        }
        return new MatchResult(message.kind(), Decision.MATCHED, theOffice.id(), unit.id(), dispatch, tasks, confidence, reasons);
    }

    /**
     * A delivery failure is never a report. When the address that failed is a unit's registered address, the
     * result names that unit, so that staff can be told its address no longer receives mail.
     */
    private MatchResult bounce(ReceivedMessage message, Optional<Office> receiving) {
        List<String> reasons = new ArrayList<>();
        reasons.add(kindLabel(MessageKind.BOUNCE) + ": " + (message.kindReason() == null ? "không phải báo cáo" : message.kindReason()));
        Optional<Unit> failed = directory.unitByAddress(message.failedRecipient())
                .filter(u -> receiving.isEmpty() || u.officeId().equals(receiving.get().id()));
        if (failed.isPresent()) {
            reasons.add("địa chỉ không nhận được thư, " + message.failedRecipient() + ", là địa chỉ đã đăng ký của "
                    + failed.get().name() + ": cán bộ được báo");
        } else if (message.failedRecipient() != null) {
            reasons.add("địa chỉ không nhận được thư, " + message.failedRecipient() + ", không phải địa chỉ đã đăng ký của đơn vị nào");
        }
        String officeId = receiving.map(Office::id).orElse(failed.map(Unit::officeId).orElse(null));
        return new MatchResult(MessageKind.BOUNCE, Decision.IGNORED, officeId, failed.map(Unit::id).orElse(null), null,
                List.of(), 0.99, reasons);
    }

    private MatchResult review(ReceivedMessage message, String officeId, Unit unit, KnownDispatch dispatch,
                               double confidence, List<String> reasons, List<SubjectMatterRanker.Ranked> ranked) {
        List<Integer> tasks = dispatch == null ? List.of() : taskMentions.find(ReportWords.ownWords(message), dispatch.tasks());
        String unitId = unit == null ? null : unit.id();
        return new MatchResult(message.kind(), Decision.NEEDS_REVIEW, officeId, unitId, dispatch,
                tasks, confidence, reasons, candidates(unitId, dispatch, confidence, ranked));
    }

    /**
     * The best guess first, then the next dispatches by subject matter (at most {@value #CANDIDATES} in all), each
     * scored as the best guess is, scaled by its subject-matter score against the best one's.
     */
    private static List<MatchResult.Candidate> candidates(String unitId, KnownDispatch dispatch, double confidence,
                                                          List<SubjectMatterRanker.Ranked> ranked) {
        List<MatchResult.Candidate> candidates = new ArrayList<>();
        if (unitId != null || dispatch != null) {
            candidates.add(new MatchResult.Candidate(unitId, dispatch, confidence));
        }
        double top = ranked.isEmpty() ? 1 : ranked.get(0).score();
        for (SubjectMatterRanker.Ranked other : ranked) {
            if (candidates.size() >= CANDIDATES) {
                break;
            }
            if (dispatch == null || other.dispatch().id() != dispatch.id()) {
                candidates.add(new MatchResult.Candidate(unitId, other.dispatch(), confidence * other.score() / top));
            }
        }
        return candidates;
    }

    /** The bot's own mail the message replies to: by In-Reply-To, then References, then the subject's token. */
    private Optional<SentMail> repliedTo(ReceivedMessage message) {
        List<String> ids = new ArrayList<>();
        if (message.inReplyTo() != null) {
            ids.add(message.inReplyTo());
        }
        List<String> references = message.references();
        for (int i = references.size() - 1; i >= 0; i--) {
            ids.add(references.get(i));
        }
        for (String id : ids) {
            Optional<SentMail> sent = sentMail.byMessageId(id);
            if (sent.isPresent()) {
                return sent;
            }
        }
        return SubjectToken.in(message.subject()).flatMap(sentMail::bySubjectToken);
    }

    private static String kindLabel(MessageKind kind) {
        return switch (kind) {
            case AUTO_REPLY -> "thư trả lời tự động";
            case BOUNCE -> "thư báo không gửi được";
            case OTHER -> "không phải báo cáo";
            case REPORT -> "báo cáo";
        };
    }
}
