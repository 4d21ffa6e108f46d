package vn.reportbot.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.dispatch.DispatchNumber;
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
 */
public final class ReportMatcher {

    private final Directory directory;
    private final DispatchCatalog catalog;
    private final SentMailIndex sentMail;
    private final LearnedAddresses learned;
    /** How much of each attached document is read for the unit's name and the subject matter. */
    private static final int HEAD_CHARS = 4_000;
    private static final java.util.regex.Pattern FORWARDED_SENDER = java.util.regex.Pattern.compile(
            "(?imu)^[>\\s*]*(?:from|từ|tu|de|người gửi|nguoi gui)\\s*:\\s*(.+)$");
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "[A-Za-z0-9._%+'=-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private final DispatchMentionFinder mentions = new DispatchMentionFinder();
    private final UnitNameFinder unitNames = new UnitNameFinder();
    private final TaskMentionFinder taskMentions = new TaskMentionFinder();
    private final SubjectMatterRanker ranker = new SubjectMatterRanker();
    private final Map<String, UnitNameFinder.Index> unitIndexes = new ConcurrentHashMap<>();
    private final Map<String, DispatchIndex> dispatchIndexes = new ConcurrentHashMap<>();

    /** An office's dispatch index, valid while the catalog returns the same list. */
    private record DispatchIndex(List<KnownDispatch> dispatches, DispatchMentionFinder.Index index,
                                 SubjectMatterRanker.Index matter) {
    }

    public ReportMatcher(Directory directory, DispatchCatalog catalog, SentMailIndex sentMail) {
        this(directory, catalog, sentMail, LearnedAddresses.none());
    }

    public ReportMatcher(Directory directory, DispatchCatalog catalog, SentMailIndex sentMail, LearnedAddresses learned) {
        this.directory = directory;
        this.catalog = catalog;
        this.sentMail = sentMail;
        this.learned = learned;
    }

    public MatchResult match(ReceivedMessage message) {
        Optional<Office> office = receivingOffice(message);
        Optional<Unit> listed = directory.unitByAddress(message.fromAddress());
        Optional<Unit> confirmed = listed.isPresent() ? Optional.empty()
                : learned.unitFor(message.fromAddress()).flatMap(ref -> directory.office(ref.officeId())
                        .flatMap(o -> o.unit(ref.unitId())));
        Optional<Unit> registered = listed.or(() -> confirmed);
        if (office.isEmpty() && registered.isPresent()) {
            office = directory.office(registered.get().officeId());
        }
        String officeId = office.map(Office::id).orElse(null);

        if (message.kind() == MessageKind.BOUNCE) {
            return bounce(message, office);
        }
        if (message.kind() != MessageKind.REPORT) {
            String why = message.kindReason() == null ? "not a report" : message.kindReason();
            return new MatchResult(message.kind(), Decision.IGNORED, officeId, registered.map(Unit::id).orElse(null),
                    null, List.of(), 0.99, List.of(kindLabel(message.kind()) + ": " + why));
        }
        List<String> reasons = new ArrayList<>();
        if (office.isEmpty()) {
            reasons.add("no office's mailbox is among the recipients and the sender is not a registered unit address");
            return review(message, null, null, null, 0.1, reasons);
        }
        Office theOffice = office.get();
        Optional<SentMail> repliedTo = repliedTo(message);

        Unit unit = registered.filter(u -> u.officeId().equals(theOffice.id())).orElse(null);
        String forged = message.authentication().forgeryEvidence();
        Unit claimed = null;
        if (unit != null && forged != null) {
            reasons.add("sender claims a registered address of " + unit.name() + ", but " + forged
                    + ": the address may be forged, so a person must confirm");
            claimed = unit;
            unit = null;
        } else if (unit != null && confirmed.isPresent()) {
            reasons.add("sender's address was confirmed by staff for " + unit.name());
        } else if (unit != null) {
            reasons.add("sender is a registered address of " + unit.name());
        } else if (registered.isPresent()) {
            reasons.add("sender is registered for " + registered.get().name() + " of office " + registered.get().officeId()
                    + ", not of " + theOffice.id());
        } else if (directory.officeByStaffAddress(message.fromAddress()).isPresent()) {
            reasons.add("sender " + message.fromAddress() + " is staff of the office, not a reporting unit");
        } else {
            reasons.add("sender " + message.fromAddress() + " is not a registered address");
        }

        List<KnownDispatch> dispatches = catalog.dispatchesOf(theOffice.id());
        DispatchIndex index = dispatchIndex(theOffice.id(), dispatches);
        Optional<DispatchMention> mention = findMention(index.index(), message);
        KnownDispatch dispatch = null;
        boolean dispatchSure = false;
        if (mention.isPresent()) {
            dispatch = mention.get().dispatch();
            dispatchSure = true;
            reasons.add(mention.get().where() + " names " + dispatch.number());
        } else if (repliedTo.isPresent() && repliedTo.get().dispatchId() != null) {
            dispatch = catalog.byId(repliedTo.get().dispatchId()).orElse(null);
            dispatchSure = dispatch != null;
            if (dispatch != null) {
                reasons.add("replies to the bot's " + repliedTo.get().kind() + " about " + dispatch.number());
            }
        }
        boolean byMatter = false;
        if (dispatch == null) {
            List<SubjectMatterRanker.Ranked> ranked = ranker.rank(index.matter(), matterOf(message));
            if (dispatches.isEmpty()) {
                reasons.add("the office has no dispatch on record");
            } else if (dispatches.size() == 1 && !clearlyAbout(ranked)) {
                dispatch = dispatches.get(0);
                reasons.add("no dispatch number found; " + dispatch.number() + " is the office's only dispatch");
            } else if (clearlyAbout(ranked) && otherDocuments(message).isEmpty()) {
                SubjectMatterRanker.Ranked top = ranked.get(0);
                dispatch = top.dispatch();
                byMatter = true;
                reasons.add("no dispatch number, but the report's words match " + dispatch.number() + ": "
                        + String.join(", ", top.shared().subList(0, Math.min(5, top.shared().size()))));
            } else if (!ranked.isEmpty() && otherDocuments(message).isEmpty()) {
                dispatch = ranked.get(0).dispatch();
                reasons.add("no dispatch number found; closest by subject matter: " + ranked.stream().limit(3)
                        .map(r -> r.dispatch().number() + String.format(java.util.Locale.ROOT, " (%.1f)", r.score()))
                        .reduce((a, b) -> a + ", " + b).orElse(""));
            } else {
                reasons.add("no dispatch number found among the office's " + dispatches.size() + " dispatches");
            }
        }

        if (unit == null) {
            Optional<Unit> guess = claimed != null ? Optional.of(claimed) : guessUnit(theOffice, message, repliedTo);
            if (guess.isPresent()) {
                unit = guess.get();
                if (claimed == null) {
                    reasons.add("the message seems to come from " + unit.name() + ": a person must confirm");
                }
            }
            return review(message, theOffice.id(), unit, dispatch, unit == null ? 0.2 : 0.5, reasons);
        }
        if (!dispatchSure && !byMatter) {
            return review(message, theOffice.id(), unit, dispatch, dispatch == null ? 0.3 : 0.55, reasons);
        }
        List<Integer> tasks = taskMentions.find(ownWords(message), dispatch.tasks());
        double confidence = byMatter ? 0.8 : mention.map(m -> m.fullNumber() ? 0.97 : 0.93).orElse(0.95);
        return new MatchResult(message.kind(), Decision.MATCHED, theOffice.id(), unit.id(), dispatch, tasks, confidence, reasons);
    }

    /**
     * A delivery failure is never a report. When the address that failed is a unit's registered address, the
     * result names that unit, so that staff can be told its address no longer receives mail.
     */
    private MatchResult bounce(ReceivedMessage message, Optional<Office> receiving) {
        List<String> reasons = new ArrayList<>();
        reasons.add(kindLabel(MessageKind.BOUNCE) + ": " + (message.kindReason() == null ? "not a report" : message.kindReason()));
        Optional<Unit> failed = directory.unitByAddress(message.failedRecipient())
                .filter(u -> receiving.isEmpty() || u.officeId().equals(receiving.get().id()));
        if (failed.isPresent()) {
            reasons.add("the address that failed, " + message.failedRecipient() + ", is registered for "
                    + failed.get().name() + ": staff are told");
        } else if (message.failedRecipient() != null) {
            reasons.add("the address that failed, " + message.failedRecipient() + ", is not a unit's registered address");
        }
        String officeId = receiving.map(Office::id).orElse(failed.map(Unit::officeId).orElse(null));
        return new MatchResult(MessageKind.BOUNCE, Decision.IGNORED, officeId, failed.map(Unit::id).orElse(null), null,
                List.of(), 0.99, reasons);
    }

    private MatchResult review(ReceivedMessage message, String officeId, Unit unit, KnownDispatch dispatch,
                               double confidence, List<String> reasons) {
        List<Integer> tasks = dispatch == null ? List.of() : taskMentions.find(ownWords(message), dispatch.tasks());
        return new MatchResult(message.kind(), Decision.NEEDS_REVIEW, officeId, unit == null ? null : unit.id(), dispatch,
                tasks, confidence, reasons);
    }

    private Optional<Office> receivingOffice(ReceivedMessage message) {
        for (String recipient : message.recipients()) {
            Optional<Office> office = directory.officeByMailbox(recipient);
            if (office.isPresent()) {
                return office;
            }
        }
        return Optional.empty();
    }

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

    private DispatchIndex dispatchIndex(String officeId, List<KnownDispatch> dispatches) {
        DispatchIndex cached = dispatchIndexes.get(officeId);
        if (cached == null || cached.dispatches() != dispatches) {
            cached = new DispatchIndex(dispatches, new DispatchMentionFinder.Index(dispatches),
                    new SubjectMatterRanker.Index(dispatches));
            dispatchIndexes.put(officeId, cached);
        }
        return cached;
    }

    private Optional<DispatchMention> findMention(DispatchMentionFinder.Index dispatches, ReceivedMessage message) {
        Optional<DispatchMention> found = mentions.find(dispatches, "subject", message.subject());
        if (found.isEmpty()) {
            found = mentions.find(dispatches, "body", message.ownText());
        }
        for (Attachment attachment : documents(message)) {
            if (found.isPresent()) {
                break;
            }
            found = mentions.find(dispatches, "attachment " + attachment.label(), attachment.text());
        }
        for (Attachment attachment : message.attachments()) {
            if (found.isPresent()) {
                break;
            }
            found = mentions.find(dispatches, "attachment name", attachment.fileName());
        }
        return found;
    }

    /**
     * The unit's own attached documents, whose text speaks for it. A forwarded message attached whole is quoted
     * material, like the quoted text under a reply, and is not among them.
     */
    private static List<Attachment> documents(ReceivedMessage message) {
        return message.attachments().stream()
                .filter(a -> !a.text().isBlank() && !a.contentType().startsWith("message/"))
                .toList();
    }

    /** The unit's own words: its text above any quote, then its attached documents. */
    private static String ownWords(ReceivedMessage message) {
        StringBuilder text = new StringBuilder(message.ownText());
        documents(message).forEach(a -> text.append("\n\n").append(a.text()));
        return text.toString();
    }

    /** The start of a document, where a report's letterhead, number and subject stand. */
    private static String head(Attachment document) {
        String text = document.text();
        return text.length() <= HEAD_CHARS ? text : text.substring(0, HEAD_CHARS);
    }

    /**
     * Three telling word pairs shared and twice the score of the next dispatch; with no other dispatch
     * to weigh against, four.
     */
    private static boolean clearlyAbout(List<SubjectMatterRanker.Ranked> ranked) {
        if (ranked.isEmpty()) {
            return false;
        }
        int shared = ranked.get(0).shared().size();
        return ranked.size() == 1 ? shared >= 4 : shared >= 3 && ranked.get(0).score() >= 2 * ranked.get(1).score();
    }

    /**
     * Numbers of other documents the unit's own words or attached documents name (none is the office's, or it would
     * have been chosen). A report's own number ({@code 15/BC-UBND}) is not another document.
     */
    private static List<String> otherDocuments(ReceivedMessage message) {
        List<String> numbers = new ArrayList<>(DispatchNumber.findAll(message.subject() == null ? "" : message.subject()));
        numbers.addAll(DispatchNumber.findAll(message.ownText()));
        documents(message).forEach(d -> numbers.addAll(DispatchNumber.findAll(head(d))));
        numbers.removeIf(ReportMatcher::isReportNumber);
        return numbers;
    }

    private static boolean isReportNumber(String number) {
        for (String word : number.toUpperCase(java.util.Locale.ROOT).split("[-/.]")) {
            if (word.equals("BC")) {
                return true;
            }
        }
        return false;
    }

    private static String matterOf(ReceivedMessage message) {
        StringBuilder text = new StringBuilder(message.subject() == null ? "" : message.subject());
        text.append('\n').append(message.ownText());
        message.attachments().forEach(a -> text.append('\n').append(a.fileName() == null ? "" : a.fileName()));
        documents(message).forEach(a -> text.append('\n').append(head(a)));
        return text.toString();
    }

    private Optional<Unit> guessUnit(Office office, ReceivedMessage message, Optional<SentMail> repliedTo) {
        if (repliedTo.isPresent() && repliedTo.get().unitId() != null) {
            Optional<Unit> unit = office.unit(repliedTo.get().unitId());
            if (unit.isPresent()) {
                return unit;
            }
        }
        UnitNameFinder.Index units = unitIndexes.computeIfAbsent(office.id(), id -> new UnitNameFinder.Index(office.units()));
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
        for (Attachment document : documents(message)) {
            if (unit.isPresent()) {
                break;
            }
            unit = unitNames.inText(units, head(document));
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
            java.util.regex.Matcher line = FORWARDED_SENDER.matcher(text);
            while (line.find()) {
                java.util.regex.Matcher address = ADDRESS.matcher(line.group(1));
                while (address.find()) {
                    Optional<Unit> unit = directory.unitByAddress(address.group().toLowerCase(java.util.Locale.ROOT))
                            .filter(u -> u.officeId().equals(office.id()));
                    if (unit.isPresent()) {
                        return unit;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String kindLabel(MessageKind kind) {
        return switch (kind) {
            case AUTO_REPLY -> "automatic reply";
            case BOUNCE -> "delivery failure report";
            case OTHER -> "not a report";
            case REPORT -> "report";
        };
    }
}
