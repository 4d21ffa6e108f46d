package vn.reportbot.notify;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.dispatch.DispatchDocument;
import vn.reportbot.dispatch.DispatchDocuments;

/**
 * Sends queued mails over SMTP: From the office's reporting mailbox (so replies come back to it),
 * a plain-text part beside the HTML, {@code Auto-Submitted: auto-generated}, the Message-ID the
 * outbox recorded and, for answers (acknowledgements, replies to staff), {@code In-Reply-To}/{@code References} to
 * the mail answered; an announcement also carries the dispatch's original file, and a digest the files stored with it
 * when it was queued.
 * A mail the server refused or could not be reached for is retried on later runs after a back-off, up to
 * {@link Outbox#MAX_ATTEMPTS} times. A run of mails shares one connection ({@link SmtpConnection}).
 *
 * <p>A mail is sent at most once: it is claimed in the outbox, by this instance, before it is handed to the SMTP
 * server, and one still claimed when a later flush begins by an instance that is no longer alive (its liveness lease
 * in {@link vn.reportbot.system.Leases} expired) was being sent by a service that died; whether it went out cannot be
 * known, so it is marked {@code INTERRUPTED} and not sent again (see {@code docs/never-losing-mail.md}); so is one
 * whose data the server took without answering its end. Once the server accepted a mail, it is {@code SENT}, whatever
 * fails after.
 *
 * <p>One flush runs at a time in an instance (the poll runs of several offices, the reminders, the digests and the
 * pages all call it): a call made while one is under way waits for it, and returns at once when that flush began
 * after the call was made, since it has tried the call's mails too. So a kill interrupts one mail at most per instance.
 * Answers to a person are claimed before the mails of a run ({@link Outbox#sendOrder}), so an acknowledgement does not
 * wait behind a fan-out. Instances sharing the database flush side by side: each claims one mail at a time
 * ({@link Outbox#claimNext}, an update guarded on the mail's status), so that no two send the same mail.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final JavaMailSenderImpl mailSender;
    private final Directory directory;
    private final DispatchDocuments documents;
    private final ReentrantLock flushing = new ReentrantLock();
    /** How many flushes were asked for; and, guarded by {@link #flushing}, how many the last flush to end covers. */
    private final AtomicLong asked = new AtomicLong();
    private long served;

    OutboxSender(Outbox outbox, JavaMailSenderImpl mailSender, Directory directory, DispatchDocuments documents) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.directory = directory;
        this.documents = documents;
    }

    /** How many mails are queued and not yet sent. */
    public int waiting() {
        return outbox.waitingCount();
    }

    /**
     * Sends the mails that are due over one SMTP connection, marking each sent as soon as the server took it. Each
     * mail is handled on its own: one that cannot be made (its office left the directory, its file cannot be read)
     * or that the server refuses is marked so, with the reason, and the others go on. When the server cannot be
     * reached at all, the mail being tried waits for its back-off and the rest wait for the next flush: one connection
     * attempt per flush, not one per mail.
     *
     * <p>Waits for a flush under way in this instance; when that one began after this call was made, it has tried
     * this call's mails, and none is sent here.
     *
     * @return how many mails went out in this call
     */
    public int flush() {
        long ticket = asked.incrementAndGet();
        flushing.lock();
        try {
            if (served >= ticket) {
                return 0;
            }
            long covered = asked.get();
            int sent = flushOnce();
            served = covered; // not when it failed: the calls waiting then try for themselves
            return sent;
        } finally {
            flushing.unlock();
        }
    }

    private int flushOnce() {
        List<String> interrupted = outbox.markInterrupted();
        if (!interrupted.isEmpty()) {
            log.warn("{} mail(s) were being sent when the service stopped; they may have gone out and are not sent again: {}",
                    interrupted.size(), String.join(", ", interrupted));
        }
        int sent = 0;
        Map<Long, Optional<DispatchDocument>> files = new HashMap<>(); // read once per flush, not once per unit
        try (SmtpConnection smtp = new SmtpConnection(mailSender)) {
            Optional<Outbox.QueuedMail> next = outbox.claimNext();
            while (next.isPresent()) {
                Outbox.QueuedMail mail = next.get();
                next = Optional.empty();
                MimeMessage message;
                try {
                    message = toMime(mail, files);
                } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                    log.error("Mail {} ({}) to {} cannot be made and is not sent: {}", mail.id(), mail.kind(),
                            mail.recipients(), e.getMessage());
                    outbox.markFailed(mail.id(), "Không tạo được thư để gửi: " + e.getMessage());
                    next = outbox.claimNext();
                    continue;
                }
                try {
                    smtp.send(message);
                } catch (SmtpConnection.Unreachable e) {
                    log.warn("Mail {} ({}) to {} waits: the SMTP server cannot be reached: {}", mail.id(), mail.kind(),
                            mail.recipients(), e.getMessage());
                    outbox.markUnreachable(mail.id(), "Không kết nối được máy chủ thư: " + e.getMessage());
                    break;
                } catch (SmtpConnection.NotSent e) {
                    retry(mail, "Máy chủ thư không nhận thư: " + e.serverAnswer());
                    next = outbox.claimNext();
                    continue;
                } catch (SmtpConnection.Uncertain e) {
                    log.warn("Mail {} ({}) to {}: its data reached the SMTP server, which never answered; it may have"
                            + " gone out and is not sent again: {}", mail.id(), mail.kind(), mail.recipients(), e.getMessage());
                    outbox.markUncertain(mail.id(), "Máy chủ thư đã nhận nội dung thư nhưng không trả lời (" + e.getMessage()
                            + "): không rõ thư đã được gửi hay chưa, nên hệ thống không gửi lại.");
                    next = outbox.claimNext();
                    continue;
                }
                sent++;
                next = outbox.markSentAndClaimNext(mail.id());
            }
        }
        return sent;
    }

    private void retry(Outbox.QueuedMail mail, String reason) {
        log.warn("Mail {} ({}) to {} not sent, attempt {}: {}", mail.id(), mail.kind(), mail.recipients(),
                mail.attempts() + 1, reason);
        outbox.markRetry(mail.id(), mail.attempts(), reason);
    }

    private MimeMessage toMime(Outbox.QueuedMail mail, Map<Long, Optional<DispatchDocument>> files)
            throws MessagingException, UnsupportedEncodingException {
        Office office = directory.requireOffice(mail.officeId());
        MimeMessage message = new FixedIdMimeMessage(mailSender.createMimeMessage().getSession(), mail.messageId());
        message.setFrom(new InternetAddress(office.mailbox(), office.name(), StandardCharsets.UTF_8.name()));
        message.setReplyTo(new InternetAddress[] {new InternetAddress(office.mailbox())});
        for (String recipient : mail.recipients()) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient));
        }
        for (String copy : mail.cc()) {
            message.addRecipient(MimeMessage.RecipientType.CC, new InternetAddress(copy));
        }
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "All");
        message.setHeader("Content-Language", "vi");
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", mail.inReplyTo());
        }
        if (!mail.references().isEmpty()) {
            message.setHeader("References", MimeUtility.fold("References: ".length(), String.join(" ", mail.references())));
        } else if (mail.inReplyTo() != null) {
            message.setHeader("References", mail.inReplyTo());
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        Optional<DispatchDocument> document = mail.attachDocumentOf() == null ? Optional.empty()
                : files.computeIfAbsent(mail.attachDocumentOf(), documents::original);
        List<MailAttachment> stored = outbox.attachments(mail.id());
        if (document.isEmpty() && stored.isEmpty()) {
            message.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            if (document.isPresent()) {
                mixed.addBodyPart(attachment(document.get().fileName(), document.get().contentType(),
                        document.get().bytes()));
            }
            for (MailAttachment file : stored) {
                mixed.addBodyPart(attachment(file.fileName(), file.contentType(), file.content()));
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    /** The file as an attachment; a Vietnamese name is sent as RFC 2231 {@code filename*=UTF-8''…}. */
    private static MimeBodyPart attachment(String fileName, String contentType, byte[] bytes) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, contentType)));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(fileName);
        return part;
    }

    /** Keeps the Message-ID the outbox recorded instead of generating a new one on save. */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
