package vn.reportbot.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatchtext.DispatchNumber;
import vn.reportbot.intake.Attachment;
import vn.reportbot.intake.ReceivedMessage;

/**
 * Which of an office's dispatches a message answers: the one it names by number (subject, own words, attached
 * report, file name), else the one whose thread it replies to, else the one its words clearly match.
 */
final class DispatchResolver {

    private final DispatchCatalog catalog;
    private final DispatchMentionFinder mentions = new DispatchMentionFinder();
    private final SubjectMatterRanker ranker = new SubjectMatterRanker();
    private final Map<String, DispatchIndex> indexes = new ConcurrentHashMap<>();

    /** An office's dispatch index, valid while the catalog returns the same list. */
    private record DispatchIndex(List<KnownDispatch> dispatches, DispatchMentionFinder.Index index,
                                 SubjectMatterRanker.Index matter) {
    }

    DispatchResolver(DispatchCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The dispatch found, and how.
     *
     * @param dispatch the dispatch, or null; a best guess when neither {@code sure} nor {@code byMatter}
     * @param sure     named by number or by the thread replied to
     * @param byMatter chosen by subject matter with a clear margin over the office's other dispatches
     * @param mention  the number that named it, when one did
     * @param ranked   when no number or thread named one, the office's dispatches by subject matter, best first
     */
    record Answer(KnownDispatch dispatch, boolean sure, boolean byMatter, Optional<DispatchMention> mention,
                  List<String> reasons, List<SubjectMatterRanker.Ranked> ranked) {

        Answer(KnownDispatch dispatch, boolean sure, boolean byMatter, Optional<DispatchMention> mention,
               List<String> reasons) {
            this(dispatch, sure, byMatter, mention, reasons, List.of());
        }
    }

    /**
     * @param reportDay the day the report was received (its year and the dispatches open then decide between
     *                  dispatches that share a number), or null when not known
     */
    Answer resolve(String officeId, ReceivedMessage message, Optional<SentMail> repliedTo, LocalDate reportDay) {
        List<String> reasons = new ArrayList<>();
        List<KnownDispatch> dispatches = catalog.dispatchesOf(officeId);
        DispatchIndex index = index(officeId, dispatches);
        Optional<DispatchMention> mention = findMention(index.index(), message, reasons);
        if (mention.isPresent()) {
            KnownDispatch dispatch = mention.get().dispatch();
            reasons.add(mention.get().where() + " nêu số công văn " + dispatch.number());
            if (mention.get().ambiguous()) {
                return SameNumber.choose(mention.get(), message, repliedTo, reportDay, reasons);
            }
            return new Answer(dispatch, true, false, mention, reasons);
        }
        if (repliedTo.isPresent() && repliedTo.get().dispatchId() != null) {
            Optional<KnownDispatch> dispatch = catalog.byId(repliedTo.get().dispatchId());
            if (dispatch.isPresent()) {
                reasons.add("trả lời " + SentMail.kindInVietnamese(repliedTo.get().kind()) + " của hệ thống về công văn "
                        + dispatch.get().number());
                return new Answer(dispatch.get(), true, false, mention, reasons);
            }
        }
        List<SubjectMatterRanker.Ranked> ranked = ranker.rank(index.matter(), ReportWords.matter(message));
        KnownDispatch dispatch = null;
        boolean byMatter = false;
        if (dispatches.isEmpty()) {
            reasons.add("cơ quan chưa có công văn nào trong hệ thống");
        } else if (dispatches.size() == 1 && !clearlyAbout(ranked)) {
            dispatch = dispatches.get(0);
            reasons.add("thư không nêu số công văn; " + dispatch.number() + " là công văn duy nhất của cơ quan");
        } else if (clearlyAbout(ranked) && otherDocuments(message).isEmpty()) {
            SubjectMatterRanker.Ranked top = ranked.get(0);
            dispatch = top.dispatch();
            byMatter = true;
            reasons.add("thư không nêu số công văn, nhưng nội dung khớp với công văn " + dispatch.number() + ": "
                    + String.join(", ", top.shared().subList(0, Math.min(5, top.shared().size()))));
        } else if (!ranked.isEmpty() && otherDocuments(message).isEmpty()) {
            dispatch = ranked.get(0).dispatch();
            reasons.add("thư không nêu số công văn; gần nhất về nội dung: " + ranked.stream().limit(3)
                    .map(r -> r.dispatch().number() + String.format(Locale.ROOT, " (%.1f)", r.score()))
                    .reduce((a, b) -> a + ", " + b).orElse(""));
        } else {
            reasons.add("thư không nêu số công văn nào trong " + dispatches.size() + " công văn của cơ quan");
        }
        return new Answer(dispatch, false, byMatter, mention, reasons, ranked);
    }

    private DispatchIndex index(String officeId, List<KnownDispatch> dispatches) {
        DispatchIndex cached = indexes.get(officeId);
        if (cached == null || cached.dispatches() != dispatches) {
            cached = new DispatchIndex(dispatches, new DispatchMentionFinder.Index(dispatches),
                    new SubjectMatterRanker.Index(dispatches));
            indexes.put(officeId, cached);
        }
        return cached;
    }

    /**
     * The dispatch the message names: a dispatch pasted into the unit's own words (its {@code Số:} line); else the
     * number in the unit's own words when the subject (an old thread's, reused) names another; else the subject's,
     * the own words', an attached report's, a file name's; last, a dispatch pasted in the quoted text. Sentences that
     * put a report off ("Công văn 319 xã sẽ báo cáo sau") name nothing the message reports on.
     */
    private Optional<DispatchMention> findMention(DispatchMentionFinder.Index dispatches, ReceivedMessage message,
                                                  List<String> reasons) {
        Optional<DispatchMention> pasted = PastedDispatch.find(mentions, dispatches, message.ownText());
        if (pasted.isPresent()) {
            return pasted;
        }
        List<String> deferring = Deferrals.deferring(message.ownText());
        Optional<DispatchMention> named = mentions.find(dispatches, "tiêu đề", message.subject());
        Optional<DispatchMention> subject = named;
        if (named.isPresent() && deferring.stream().anyMatch(
                sentence -> mentions.find(dispatches, "", sentence).map(m -> same(m, named.get())).orElse(false))) {
            reasons.add("tiêu đề nêu công văn " + named.get().dispatch().number() + ", nhưng đơn vị viết sẽ báo cáo"
                    + " công văn này sau");
            subject = Optional.empty();
        }
        Optional<DispatchMention> own = mentions.find(dispatches, "nội dung thư",
                Deferrals.withoutDeferred(message.ownText()));
        if (subject.isPresent() && own.isPresent() && !same(subject.get(), own.get())) {
            reasons.add("tiêu đề nêu công văn " + subject.get().dispatch().number() + " (thư cũ được dùng lại), nhưng"
                    + " nội dung đơn vị viết nêu công văn " + own.get().dispatch().number() + ": theo nội dung");
            return own;
        }
        Optional<DispatchMention> found = subject.or(() -> own);
        for (Attachment attachment : ReportWords.documents(message)) {
            if (found.isPresent()) {
                break;
            }
            found = mentions.find(dispatches, ReportWords.ATTACHMENT + attachment.label(), attachment.text());
        }
        for (Attachment attachment : message.attachments()) {
            if (found.isPresent()) {
                break;
            }
            found = mentions.find(dispatches, "tên tệp đính kèm", attachment.fileName());
        }
        if (found.isEmpty()) {
            found = PastedDispatch.find(mentions, dispatches, message.text());
        }
        return found;
    }

    /**
     * The dispatch the message names anywhere in its subject or own words, sentences that put it off included: what a
     * unit that only acknowledges receipt or asks for time writes about.
     */
    Optional<KnownDispatch> namedAnywhere(String officeId, ReceivedMessage message) {
        DispatchMentionFinder.Index index = index(officeId, catalog.dispatchesOf(officeId)).index();
        return mentions.find(index, "tiêu đề", message.subject())
                .or(() -> mentions.find(index, "nội dung thư", message.ownText()))
                .map(DispatchMention::dispatch);
    }

    /**
     * Whether the sender's own words, or a document it attached, name one of the office's dispatches: not the subject,
     * which a reply inherits, nor the quoted mail.
     */
    boolean namedByTheSender(String officeId, ReceivedMessage message) {
        DispatchMentionFinder.Index index = index(officeId, catalog.dispatchesOf(officeId)).index();
        return mentions.find(index, "nội dung thư", message.ownText()).isPresent()
                || ReportWords.documents(message).stream()
                        .anyMatch(a -> mentions.find(index, ReportWords.ATTACHMENT + a.label(), a.text()).isPresent());
    }

    private static boolean same(DispatchMention a, DispatchMention b) {
        return a.dispatch().number().equals(b.dispatch().number());
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
        ReportWords.documents(message).forEach(d -> numbers.addAll(DispatchNumber.findAll(ReportWords.head(d))));
        numbers.removeIf(DispatchResolver::isReportNumber);
        return numbers;
    }

    private static boolean isReportNumber(String number) {
        for (String word : number.toUpperCase(Locale.ROOT).split("[-/.]")) {
            if (word.equals("BC")) {
                return true;
            }
        }
        return false;
    }
}
