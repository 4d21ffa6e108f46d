package vn.reportbot.mailbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;

/** Test messages, and a plain IMAP client to look into a mailbox the way a person would. */
public final class Mails {

    private Mails() {
    }

    /** A short plain-text message from a commune to the office's mailbox, with the given Message-ID. */
    static byte[] message(String messageId, String subject) {
        return ("From: mttq.phuocdai@gmail.com\r\n"
                + "To: " + Bot.MAILBOX + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: Mon, 23 Nov 2026 09:00:00 +0700\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n"
                + "Kinh gui Ban Thuong truc, xa Phuoc Dai xin bao cao.\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** What a folder holds, seen over IMAP. */
    public record FolderView(boolean exists, long uidValidity, List<String> subjects, List<Boolean> seen) {
    }

    public static FolderView look(int port, String user, String password, String folderName) throws MessagingException {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", port, user, password);
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return new FolderView(false, 0, List.of(), List.of());
            }
            folder.open(Folder.READ_ONLY);
            try {
                List<String> subjects = new ArrayList<>();
                List<Boolean> seen = new ArrayList<>();
                for (Message m : folder.getMessages()) {
                    subjects.add(m.getSubject());
                    seen.add(m.isSet(Flags.Flag.SEEN));
                }
                return new FolderView(true, ((UIDFolder) folder).getUIDValidity(), subjects, seen);
            } finally {
                folder.close(false);
            }
        }
    }

    /** Every message of the folder as the server serves it ({@code BODY[]}), in order. */
    static List<byte[]> rawMessages(int port, String user, String password, String folderName) throws Exception {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", port, user, password);
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_ONLY);
            try {
                List<byte[]> raw = new ArrayList<>();
                for (Message m : folder.getMessages()) {
                    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                    m.writeTo(bytes);
                    raw.add(bytes.toByteArray());
                }
                return raw;
            } finally {
                folder.close(false);
            }
        }
    }

    /**
     * Puts a message into a folder with IMAP APPEND as a delivery agent would, giving the server's receipt time
     * ({@code INTERNALDATE}) explicitly.
     */
    public static void append(int port, String user, String password, String folderName, byte[] raw, java.util.Date receivedAt)
            throws MessagingException {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", port, user, password);
            MimeMessage message = new MimeMessage(session, new java.io.ByteArrayInputStream(raw)) {
                @Override
                public java.util.Date getReceivedDate() {
                    return receivedAt; // Jakarta Mail's APPEND sends this as the INTERNALDATE
                }
            };
            store.getFolder(folderName).appendMessages(new Message[] {message});
        }
    }

    /** Puts a message into a folder with IMAP APPEND, as another client (or a delivery agent) would. */
    static void append(int port, String user, String password, String folderName, byte[] raw) throws MessagingException {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", port, user, password);
            Folder folder = store.getFolder(folderName);
            folder.appendMessages(new Message[] {new MimeMessage(session, new java.io.ByteArrayInputStream(raw))});
        }
    }
}
