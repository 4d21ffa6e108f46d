package vn.reportbot.notify;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.system.OutboxFlush;

/**
 * Sends queued mails over SMTP: From the office's reporting mailbox (so replies come back to it),
 * a plain-text part beside the HTML, {@code Auto-Submitted: auto-generated}, the Message-ID the
 * outbox recorded and, for acknowledgements, {@code In-Reply-To}/{@code References} to the report.
 * A mail that fails is retried on later runs, up to {@link Outbox#MAX_ATTEMPTS} times. A run of mails shares one
 * connection ({@link SmtpConnection}).
 */
@Component
public class OutboxSender implements OutboxFlush {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final JavaMailSenderImpl mailSender;
    private final Directory directory;

    OutboxSender(Outbox outbox, JavaMailSenderImpl mailSender, Directory directory) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.directory = directory;
    }

    /** Sends everything queued over one SMTP connection, marking each mail sent as soon as the server took it. */
    @Override
    public synchronized int flush() {
        int sent = 0;
        try (SmtpConnection smtp = new SmtpConnection(mailSender)) {
            for (Outbox.QueuedMail mail : outbox.queued()) {
                try {
                    smtp.send(toMime(mail));
                    outbox.markSent(mail.id());
                    sent++;
                } catch (MessagingException | UnsupportedEncodingException e) {
                    log.warn("Mail {} ({}) to {} not sent, attempt {}: {}", mail.id(), mail.kind(), mail.recipients(),
                            mail.attempts() + 1, e.getMessage());
                    outbox.markFailed(mail.id(), mail.attempts(), String.valueOf(e.getMessage()));
                }
            }
        }
        return sent;
    }

    private MimeMessage toMime(Outbox.QueuedMail mail) throws MessagingException, UnsupportedEncodingException {
        Office office = directory.requireOffice(mail.officeId());
        MimeMessage message = new FixedIdMimeMessage(mailSender.createMimeMessage().getSession(), mail.messageId());
        message.setFrom(new InternetAddress(office.mailbox(), office.name(), StandardCharsets.UTF_8.name()));
        message.setReplyTo(new InternetAddress[] {new InternetAddress(office.mailbox())});
        for (String recipient : mail.recipients()) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "All");
        message.setHeader("Content-Language", "vi");
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", mail.inReplyTo());
            message.setHeader("References", mail.inReplyTo());
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
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
