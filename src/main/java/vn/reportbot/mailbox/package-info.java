/**
 * Mailbox polling: reads each office's mailbox over IMAP, incrementally by UID, stores each raw
 * message before processing it and marks it processed on the server only after its result is
 * committed. {@link vn.reportbot.mailbox.PollJob} is the module's public face.
 */
package vn.reportbot.mailbox;
