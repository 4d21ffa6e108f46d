package vn.reportbot;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

import vn.reportbot.embedded.EmbeddedMailServer;

/** The mails the embedded GreenMail received for one address, and waiting for one to arrive. */
public final class Inbox {

    private final GreenMail mail;

    public Inbox(EmbeddedService service) {
        this.mail = service.bean(EmbeddedMailServer.class).greenMail();
    }

    /** The mails to {@code address} whose subject contains {@code subject}, in the order they came. */
    public List<MimeMessage> to(String address, String subject) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> addressedTo(m, address) && subject(m).contains(subject))
                .toList();
    }

    /** Waits (15 s at most) until {@code count} such mails have come; returns them. */
    public List<MimeMessage> await(String address, String subject, int count) {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            List<MimeMessage> found = to(address, subject);
            if (found.size() >= count || System.nanoTime() > end) {
                return found;
            }
            mail.waitForIncomingEmail(250, mail.getReceivedMessages().length + 1);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Message.RecipientType to = Message.RecipientType.TO;
            return message.getRecipients(to) != null && Arrays.stream(message.getRecipients(to))
                    .anyMatch(a -> a.toString().toLowerCase().contains(address.toLowerCase()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
