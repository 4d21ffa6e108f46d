package vn.reportbot.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for a run of mails, with the settings of the configured sender ({@code spring.mail.*}), so
 * that sending a mail costs its own commands only, not a connection, a greeting and a TLS handshake each. Opened on
 * the first mail; opened again for the next mail when the server dropped it.
 */
final class SmtpConnection implements AutoCloseable {

    private final JavaMailSenderImpl settings;
    private Transport transport;

    SmtpConnection(JavaMailSenderImpl settings) {
        this.settings = settings;
    }

    /** Sends the message (saved, with its recipients set) to all its recipients. */
    void send(MimeMessage message) throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            close();
            transport = connect();
        }
        transport.sendMessage(message, message.getAllRecipients());
    }

    private Transport connect() throws MessagingException {
        Session session = settings.getSession();
        String protocol = settings.getProtocol() != null ? settings.getProtocol()
                : session.getProperty("mail.transport.protocol") != null ? session.getProperty("mail.transport.protocol")
                : "smtp";
        String user = settings.getUsername() == null || settings.getUsername().isEmpty() ? null : settings.getUsername();
        String password = user == null && (settings.getPassword() == null || settings.getPassword().isEmpty()) ? null
                : settings.getPassword();
        Transport connected = session.getTransport(protocol);
        connected.connect(settings.getHost(), settings.getPort(), user, password);
        return connected;
    }

    @Override
    public void close() {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            // every mail given to it was either accepted or reported failed already; nothing is lost by a bad QUIT
        }
        transport = null;
    }
}
