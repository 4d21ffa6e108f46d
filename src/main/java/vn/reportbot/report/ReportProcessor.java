package vn.reportbot.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.reportbot.dispatch.ReportingPeriods;
import vn.reportbot.intake.Attachment;
import vn.reportbot.intake.MalformedMessageException;
import vn.reportbot.intake.MessageKind;
import vn.reportbot.intake.MessageReader;
import vn.reportbot.intake.ReceivedMessage;
import vn.reportbot.matching.Decision;
import vn.reportbot.matching.MatchResult;
import vn.reportbot.matching.ReportMatcher;
import vn.reportbot.staffmail.StaffMailImporter;
import vn.reportbot.task.ReportingTask;
import vn.reportbot.task.TaskLedger;

/**
 * Processes one raw message received in an office's mailbox, exactly once: the same bytes fetched again are
 * recognised and not processed again. Another message under a Message-ID already recorded is recorded too: as a
 * second delivery of that message when only the servers' trace fields differ ({@link ContentDigest}), as a message
 * of its own otherwise, so that nothing the mailbox delivered ends up on no list. The decision,
 * the task update and whatever listeners of {@link ReportRecorded} write commit together; so does the
 * dispatch a staff member's mail brings ({@link StaffMailImporter}) and the answer to it. The message is read
 * (its MIME, its attachments' text, text recognition in scans, which can take seconds) before that transaction
 * begins, so that no transaction is held open while a document is read.
 */
@Service
public class ReportProcessor {

    private static final Logger log = LoggerFactory.getLogger(ReportProcessor.class);
    /** The longest message key stored as it is (the {@code report.message_key} column). */
    private static final int MAX_KEY = 400;

    private final MessageReader reader;
    private final ReportMatcher matcher;
    private final ReportLog reports;
    private final TaskLedger tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReportingPeriods periods;
    private final StaffMailImporter staffMail;

    private final org.springframework.transaction.support.TransactionTemplate transactions;

    ReportProcessor(MessageReader reader, ReportMatcher matcher, ReportLog reports, TaskLedger tasks,
                    ApplicationEventPublisher events, Clock clock, ReportingPeriods periods, StaffMailImporter staffMail,
                    org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        // in a transaction of the caller's (the mailbox commits a group of messages together), a savepoint of it: a
        // message that fails rolls back alone; without one, a transaction of its own
        this.transactions.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
        this.periods = periods;
        this.staffMail = staffMail;
        this.reader = reader;
        this.matcher = matcher;
        this.reports = reports;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param mailboxOffice the office whose mailbox the message came from
     * @param raw           the message as received
     * @param sha256        the hex SHA-256 of {@code raw}, under which the raw message is stored
     * @param delivery      where and when the office's server holds it (its UID and {@code INTERNALDATE}), or null
     *                      for a message read from elsewhere: the topmost {@code Received:} field then tells when it was
     *                      received, else the time of processing
     */
    public ProcessingOutcome process(String mailboxOffice, byte[] raw, String sha256, String fileName, Delivery delivery) {
        Optional<Long> known = fetchedAgain(reports.deliveriesOf(mailboxOffice, sha256), delivery);
        if (known.isPresent()) {
            // fetched again: not read again
            return new ProcessingOutcome(known.get(), null, true);
        }
        ReceivedMessage read;
        MalformedMessageException malformed = null;
        try {
            read = reader.read(raw);
        } catch (MalformedMessageException e) {
            read = null;
            malformed = e;
        }
        ReceivedMessage message = read;
        MalformedMessageException unreadable = malformed;
        return transactions.execute(status -> record(mailboxOffice, raw, sha256, fileName, delivery, message,
                unreadable));
    }

    private ProcessingOutcome record(String mailboxOffice, byte[] raw, String sha256, String fileName,
                                     Delivery delivery, ReceivedMessage message, MalformedMessageException unreadable) {
        java.util.Map<Long, String> sameBytes = reports.deliveriesOf(mailboxOffice, sha256);
        Optional<Long> fetchedAgain = fetchedAgain(sameBytes, delivery);
        if (fetchedAgain.isPresent()) {
            return new ProcessingOutcome(fetchedAgain.get(), null, true);
        }
        String where = delivery == null ? null : delivery.key();
        // the very same bytes at another UID: the server delivered the message twice; its key names the delivery
        String rawKey = sameBytes.isEmpty() ? "sha256:" + sha256 : "sha256:" + sha256 + "/" + where;
        if (unreadable != null) {
            return recordUnreadable(mailboxOffice, rawKey, sha256, fileName, unreadable.getMessage(), delivery);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime receivedAt = ReceiptTime.of(message, delivery == null ? null : delivery.receivedAt(), now);
        String content = ContentDigest.of(message, raw);
        if (!sameBytes.isEmpty()) {
            return recordDuplicate(mailboxOffice, rawKey, message, sha256, content, where,
                    fileName, receivedAt, reports.recorded(sameBytes.keySet().iterator().next()), "cùng nội dung từng byte");
        }
        Optional<ReportLog.Recorded> sameContent = reports.findContent(mailboxOffice, content);
        if (sameContent.isPresent()) {
            return recordDuplicate(mailboxOffice, rawKey, message, sha256, content, where, fileName, receivedAt,
                    sameContent.get(), "cùng Message-ID, người gửi, tiêu đề, ngày gửi và nội dung; chỉ khác phần các máy chủ"
                            + " thêm vào trên đường chuyển thư");
        }
        String key = messageKey(message.messageId(), sha256);
        List<String> notes = new java.util.ArrayList<>();
        Optional<ReportLog.Recorded> sameId = reports.find(mailboxOffice, key);
        if (sameId.isPresent()) {
            // the same Message-ID on other content: another message that reuses the id
            key = rawKey;
            if (sameId.get().contentSha256() == null) {
                // recorded before contents were kept: its Message-ID is all there is to tell, as it was then
                return recordDuplicate(mailboxOffice, key, message, sha256, content, where, fileName, receivedAt,
                        sameId.get(), "cùng Message-ID với một thư ghi nhận trước khi hệ thống lưu dấu nội dung");
            }
            notes.add("Message-ID " + message.messageId() + " trùng với thư số " + sameId.get().id()
                    + " đã ghi nhận, nhưng người gửi, tiêu đề, ngày gửi hoặc nội dung khác: thư được xử lý như một thư mới");
        }
        MatchResult matched = matcher.match(message, receivedAt);
        Optional<StaffMailImporter.Handled> staff = staffMail.handle(message, raw, matched);
        MatchResult result = staff.map(StaffMailImporter.Handled::result).orElse(matched);
        ReceiptTime.gapReason(message, receivedAt, clock.getZone()).ifPresent(notes::add);
        Long taskId = null;
        String period = "";
        List<Integer> stillDue = List.of();
        if (result.decision() == Decision.MATCHED) {
            periods.openCurrentPeriod(result.dispatch());
            List<Integer> ordinals = result.dispatch().ordinals();
            Optional<ReportingTask> task = tasks.markReported(result.dispatch().id(), result.unitId(), receivedAt,
                    result.tasks(), ordinals);
            taskId = task.map(ReportingTask::id).orElse(null);
            period = task.map(t -> result.dispatch().periodLabel(t.periodStart())).orElse("");
            stillDue = task.map(t -> t.openOrdinals(ordinals)).orElse(List.of());
        }
        List<String> reasons = new java.util.ArrayList<>(withAttachmentProblems(result.reasons(), message));
        reasons.addAll(notes);
        long id = reports.insert(new ReportLog.NewReport(mailboxOffice, key, fits(message.messageId(), 998), sha256,
                content, where, fileName, receivedAt, message.date(), fits(message.fromAddress(), 320), message.subject(),
                result.kind().name(), result.decision().name(), result.officeId(),
                result.unitId(), result.dispatch() == null ? null : result.dispatch().id(), taskId, result.tasks(),
                result.confidence(), reasons, message.attachments().stream().map(ReportProcessor::describe).toList(),
                ReportText.of(message), message.references()));
        if (!result.candidates().isEmpty()) {
            reports.keepCandidates(id, result.candidates());
        }
        log.info("Message {} from {} ({}): {} {}{}", id, message.fromAddress(), message.subject(), result.decision(),
                result.unitId() == null ? "" : result.unitId() + " ",
                result.dispatch() == null ? "" : "for " + result.dispatch().number());
        events.publishEvent(new ReportRecorded(id, mailboxOffice, result, message, period));
        staff.filter(handled -> handled.answer() != null).ifPresent(handled -> events.publishEvent(handled.answer().apply(id)));
        if (result.decision() == Decision.MATCHED && message.fromAddress() != null) {
            events.publishEvent(new ReportAccepted(id, result.officeId(), result.unitId(), result.dispatch(), result.tasks(),
                    period, message.fromAddress(), message.messageId(), receivedAt,
                    message.attachments().stream().map(Attachment::label).toList(),
                    ReportingTask.covered(result.tasks(), result.dispatch().ordinals()), stillDue, message.subject(),
                    message.references()));
        }
        return new ProcessingOutcome(id, result.decision().name(), false);
    }

    /**
     * Records a second delivery of a message already recorded (sent again, or a copy through another address or
     * server): listed as what the first was, so that nothing the mailbox delivered is on no list, but counted for
     * nothing, imported for nothing and answered with nothing.
     */
    private ProcessingOutcome recordDuplicate(String mailboxOffice, String key, ReceivedMessage message, String sha256,
                                              String content, String where, String fileName, OffsetDateTime receivedAt,
                                              ReportLog.Recorded first, String alike) {
        long original = first.id();
        List<String> reasons = List.of("bản sao của thư số " + original + " đã ghi nhận (" + alike
                + "): không tính thêm lần nữa");
        long id = reports.insert(new ReportLog.NewReport(mailboxOffice, storable(key), fits(message.messageId(), 998),
                sha256, content, where, fileName, receivedAt, message.date(), fits(message.fromAddress(), 320), message.subject(),
                first.kind(), Decision.IGNORED.name(), first.officeId() == null ? mailboxOffice : first.officeId(),
                first.unitId(), first.dispatchId(), null, List.of(), 1.0, reasons,
                message.attachments().stream().map(ReportProcessor::describe).toList(), null, null));
        log.info("Message {} from {} ({}) is another delivery of message {}; not counted again", id, message.fromAddress(),
                message.subject(), original);
        return new ProcessingOutcome(id, Decision.IGNORED.name(), false);
    }

    /**
     * Puts a message that processing could not handle (it threw, time after time) on the review list, under its
     * raw SHA-256, with {@code reason}. The message is read only to show its sender, subject and Message-ID; one
     * that cannot be read is listed without them. A message already quarantined is not recorded twice.
     *
     * @param reason why it is quarantined, for the staff who review it (for example the last error)
     */
    @Transactional
    public ProcessingOutcome quarantine(String mailboxOffice, byte[] raw, String sha256, String fileName, String reason,
                                        Delivery delivery) {
        java.util.Map<Long, String> sameBytes = reports.deliveriesOf(mailboxOffice, sha256);
        Optional<Long> earlier = fetchedAgain(sameBytes, delivery);
        if (earlier.isPresent()) {
            return new ProcessingOutcome(earlier.get(), null, true);
        }
        String key = sameBytes.isEmpty() ? "sha256:" + sha256 : "sha256:" + sha256 + "/" + delivery.key();
        String from = null;
        String subject = null;
        String messageId = null;
        try {
            ReceivedMessage message = reader.read(raw);
            from = fits(message.fromAddress(), 320);
            subject = message.subject();
            messageId = fits(message.messageId(), 998);
        } catch (MalformedMessageException | RuntimeException e) {
            // whatever broke processing may break reading too; the entry then shows the raw message's name only
            log.debug("Quarantined message {} cannot be read: {}", sha256, e.toString());
        }
        List<String> reasons = List.of(reason, "raw message kept as " + sha256);
        long id = reports.insert(new ReportLog.NewReport(mailboxOffice, storable(key), messageId, sha256, null,
                delivery == null ? null : delivery.key(), fileName, receivedAt(delivery), null, from, subject, MessageKind.OTHER.name(), Decision.NEEDS_REVIEW.name(), mailboxOffice,
                null, null, null, List.of(), 0.0, reasons, List.of(), null, null));
        log.warn("Message {} in the mailbox of {} ({}) is on the review list: {}", id, mailboxOffice, subject, reason);
        return new ProcessingOutcome(id, Decision.NEEDS_REVIEW.name(), false);
    }

    /**
     * What makes a message the same message when it is read again: its Message-ID (a SHA-256 of it when it is too
     * long to store whole), else the SHA-256 of its raw bytes.
     */
    static String messageKey(String messageId, String rawSha256) {
        if (messageId == null || messageId.isBlank()) {
            return "sha256:" + rawSha256;
        }
        if (messageId.length() <= MAX_KEY) {
            return messageId;
        }
        return "message-id-sha256:" + ContentDigest.sha256(messageId);
    }

    /** A message key as the {@code report.message_key} column holds it: a SHA-256 of it when it is too long. */
    private static String storable(String key) {
        return key.length() <= MAX_KEY ? key : "key-sha256:" + ContentDigest.sha256(key);
    }

    private static String fits(String value, int length) {
        return value == null || value.length() <= length ? value : null;
    }

    /** The report already recorded for this delivery of these bytes, if it is one fetched again. */
    private static Optional<Long> fetchedAgain(java.util.Map<Long, String> sameBytes, Delivery delivery) {
        return sameBytes.entrySet().stream()
                .filter(e -> delivery == null || delivery.isFetchedAgainOf(e.getValue()))
                .map(java.util.Map.Entry::getKey).findFirst();
    }

    /** When the office's server received a message it gave the time of, else now. */
    private OffsetDateTime receivedAt(Delivery delivery) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (delivery == null || delivery.receivedAt() == null) {
            return now;
        }
        OffsetDateTime received = OffsetDateTime.ofInstant(delivery.receivedAt(), now.getOffset());
        return received.isAfter(now) ? now : received;
    }

    private ProcessingOutcome recordUnreadable(String mailboxOffice, String key, String sha256, String fileName,
                                               String why, Delivery delivery) {
        List<String> reasons = List.of("the message cannot be read: " + why, "raw message kept as " + sha256);
        long id = reports.insert(new ReportLog.NewReport(mailboxOffice, storable(key), null, sha256, null,
                delivery == null ? null : delivery.key(), fileName, receivedAt(delivery), null, null, null, MessageKind.OTHER.name(), Decision.NEEDS_REVIEW.name(), mailboxOffice, null, null, null,
                List.of(), 0.0, reasons, List.of(), null, null));
        log.warn("Message {} in the mailbox of {} cannot be read ({}); it is on the review list", id, mailboxOffice, why);
        return new ProcessingOutcome(id, Decision.NEEDS_REVIEW.name(), false);
    }

    private static String describe(Attachment a) {
        return a.label() + " (" + a.size() + " bytes)";
    }

    /** The matcher's reasons, then each attachment whose text could not be read and why, for staff to look at. */
    private static List<String> withAttachmentProblems(List<String> reasons, ReceivedMessage message) {
        List<String> all = new java.util.ArrayList<>(reasons);
        for (Attachment a : message.attachments()) {
            if (a.problem() != null) {
                all.add("attachment " + a.label() + ": " + a.problem());
            }
            if (a.ocr()) {
                all.add("nội dung tệp " + a.label() + " được đọc bằng nhận dạng chữ (OCR) từ bản quét hoặc ảnh chụp:"
                        + " có thể có chữ, số đọc sai");
            }
        }
        return all;
    }
}
