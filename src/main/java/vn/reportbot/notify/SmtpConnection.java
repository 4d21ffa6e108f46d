package vn.reportbot.notify;

import java.io.IOException;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for a run of mails, with the settings of the configured sender ({@code spring.mail.*}), so
 * that sending a mail costs its own commands only, not a connection, a greeting and a TLS handshake each. Opened on
 * the first mail; opened again for the next mail when the server dropped it.
 *
 * <p>It tells how far a failed mail got, since that decides whether it may be sent again: before the end of its data
 * ({@code <CRLF>.<CRLF>}) reached the server, the server cannot have taken it; once the server answered that end with
 * 250 it has; in between (no answer: a timeout, a dropped connection) nobody can know.
 */
final class SmtpConnection implements AutoCloseable {

    private final JavaMailSenderImpl settings;
    private StagedTransport transport;

    SmtpConnection(JavaMailSenderImpl settings) {
        this.settings = settings;
    }

    /**
     * Sends the message (saved, with its recipients set) to all its recipients. Returns normally once the server
     * accepted it, even when something failed after that (a recipient refused with {@code sendpartial}).
     *
     * @throws Unreachable when no connection to the server could be made: no mail can go now
     * @throws NotSent     when the server refused the mail, or the connection broke before the end of its data
     * @throws Uncertain   when the end of its data was sent but no answer came: it may have been delivered
     */
    void send(MimeMessage message) throws Unreachable, NotSent, Uncertain {
        if (transport == null || !transport.isConnected()) {
            close();
            try {
                transport = connect();
            } catch (MessagingException e) {
                throw new Unreachable(e);
            }
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            switch (transport.stage) {
                case ACCEPTED -> {
                    return;
                }
                case END_OF_DATA_SENT -> {
                    if (!(e instanceof SMTPSendFailedException refused && refused.getReturnCode() >= 400)) {
                        throw new Uncertain(e);
                    }
                    throw new NotSent(e);
                }
                default -> throw new NotSent(e);
            }
        }
    }

    private StagedTransport connect() throws MessagingException {
        Session session = settings.getSession();
        String protocol = settings.getProtocol() != null ? settings.getProtocol()
                : session.getProperty("mail.transport.protocol") != null ? session.getProperty("mail.transport.protocol")
                : "smtp";
        String user = settings.getUsername() == null || settings.getUsername().isEmpty() ? null : settings.getUsername();
        String password = user == null && (settings.getPassword() == null || settings.getPassword().isEmpty()) ? null
                : settings.getPassword();
        if (!protocol.equals("smtp") && !protocol.equals("smtps")) {
            throw new MessagingException("unsupported mail protocol '" + protocol + "': smtp or smtps");
        }
        StagedTransport connected = new StagedTransport(session,
                new URLName(protocol, settings.getHost(), settings.getPort(), null, user, password), protocol);
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

    /** How far the message being sent got. */
    enum Stage { ENVELOPE, END_OF_DATA_SENT, ACCEPTED }

    /** Angus Mail's SMTP transport, noting the stage of the message it sends (DATA and BDAT alike). */
    private static final class StagedTransport extends SMTPTransport {
        private volatile Stage stage = Stage.ENVELOPE;

        StagedTransport(Session session, URLName url, String protocol) {
            super(session, url, protocol, protocol.equals("smtps"));
        }

        @Override
        public synchronized void sendMessage(Message message, Address[] addresses) throws MessagingException {
            stage = Stage.ENVELOPE;
            super.sendMessage(message, addresses);
        }

        /** True while the end of the data ({@code .}) is being sent and answered. */
        private boolean endingData;

        /**
         * The data's end counts as sent only once it and the rest of the data were written out: a connection that
         * broke before (the write failed) cannot have given the server the whole mail, which may then be sent again.
         */
        @Override
        protected void finishData() throws IOException, MessagingException {
            endingData = true;
            try {
                super.finishData();
            } finally {
                endingData = false;
            }
            stage = Stage.ACCEPTED;
        }

        @Override
        protected void sendCommand(String command) throws MessagingException {
            super.sendCommand(command);
            if (endingData) {
                stage = Stage.END_OF_DATA_SENT;
            }
        }

        @Override
        protected void finishBdat() throws IOException, MessagingException {
            stage = Stage.END_OF_DATA_SENT;
            super.finishBdat();
            stage = Stage.ACCEPTED;
        }
    }

    /** No connection to the server could be made. */
    static final class Unreachable extends Exception {
        Unreachable(MessagingException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The server did not take the mail, and knows it did not. */
    static final class NotSent extends Exception {
        NotSent(MessagingException cause) {
            super(cause.getMessage(), cause);
        }

        /**
         * What the server answered, as staff may read it: the refusal of each recipient ({@code 550 5.1.1 …}) where
         * Jakarta Mail says only "Invalid Addresses", the refusal of the command otherwise; or, when the connection
         * broke, what broke it.
         */
        String serverAnswer() {
            StringBuilder answer = new StringBuilder();
            for (Exception next = (Exception) getCause(); next != null;
                 next = next instanceof MessagingException m ? m.getNextException() : null) {
                if (next instanceof SMTPAddressFailedException refused) {
                    answer.append(answer.isEmpty() ? "" : "; ").append(refused.getAddress()).append(": ")
                            .append(refused.getMessage().trim());
                }
            }
            if (!answer.isEmpty()) {
                return answer.toString();
            }
            Throwable cause = getCause();
            String said = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().trim();
            Throwable underneath = cause instanceof MessagingException m && m.getNextException() != null
                    ? m.getNextException() : cause.getCause();
            return underneath == null || underneath.getMessage() == null || said.contains(underneath.getMessage())
                    ? said : said + " (" + underneath.getMessage().trim() + ")";
        }
    }

    /** The mail's data reached the server, whose answer never came. */
    static final class Uncertain extends Exception {
        Uncertain(MessagingException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
