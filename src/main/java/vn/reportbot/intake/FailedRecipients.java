package vn.reportbot.intake;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address a bounce says could not be delivered to. Looked for in this order: the {@code X-Failed-Recipients}
 * field; a delivery status report's {@code Final-Recipient}, else its {@code Original-Recipient} (RFC 3464); the
 * wordings of Gmail, Outlook and Exchange, Exim and Vietnamese servers in the bounce's text; a Postfix or qmail
 * {@code <address>:} line; last, the first address in the text that is not the bounce's sender, one of its
 * recipients, a mailer-daemon or a postmaster.
 */
final class FailedRecipients {

    private static final Pattern STATUS_RECIPIENT = Pattern.compile(
            "(?im)^(Final-Recipient|Original-Recipient)\\s*:\\s*(?:[A-Za-z0-9.-]+\\s*;)?\\s*<?([^\\s<>;]+@[^\\s<>;]+?)>?\\s*$");
    private static final Pattern FAILED_PHRASES = Pattern.compile(
            "(?is)(?:delivery to the following recipients? failed(?: permanently)?:"
                    + "|the following address(?:es)? failed:"
                    + "|could not be delivered to one or more recipients"
                    + "|delivery has failed to these recipients or groups:"
                    + "|wasn't delivered to|was not delivered to|couldn't be delivered to"
                    + "|message could not be delivered to"
                    + "|không thể gửi(?: thư)? (?:đến|tới)|không gửi được (?:đến|tới))"
                    // the address from the start of a run of its letters, at most 64 of them (RFC 5321) and never given
                    // back: a long run without an @ costs one look, not one per letter of the 200 before it
                    + "[^@]{0,200}?(?<![A-Za-z0-9._%+'=-])([A-Za-z0-9._%+'=-]{1,64}+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})");
    private static final Pattern POSTFIX_RECIPIENT = Pattern.compile(
            "(?m)^\\s*<([^\\s<>]+@[^\\s<>]+)>\\s*(?:\\(expanded from[^)]*\\))?\\s*:");

    private static final Pattern BLOCK_END = Pattern.compile("\\r?\\n\\s*\\r?\\n");
    private static final Pattern FAILED_ACTION = Pattern.compile("(?im)^\\s*Action\\s*:\\s*failed");

    private FailedRecipients() {
    }

    /**
     * The recipient of a delivery status report: of the first per-recipient block whose action failed, else of the
     * first block; its Final-Recipient, else its Original-Recipient.
     */
    private static String fromDeliveryStatus(String deliveryStatus) {
        String first = null;
        for (String block : BLOCK_END.split(deliveryStatus)) {
            String recipient = recipientOf(block);
            if (recipient == null) {
                continue;
            }
            if (FAILED_ACTION.matcher(block).find()) {
                return recipient;
            }
            if (first == null) {
                first = recipient;
            }
        }
        return first;
    }

    private static String recipientOf(String block) {
        String original = null;
        Matcher s = STATUS_RECIPIENT.matcher(block);
        while (s.find()) {
            String a = s.group(2).toLowerCase(Locale.ROOT);
            if (s.group(1).equalsIgnoreCase("Final-Recipient")) {
                return a;
            }
            if (original == null) {
                original = a;
            }
        }
        return original;
    }

    /**
     * The failed recipient of a bounce, lower-case, or {@code null} when none is found.
     *
     * @param headers        the bounce's own header fields
     * @param deliveryStatus the text of its delivery status parts, possibly empty
     * @param text           its readable body, or {@code null}
     * @param from           its sender's address, or {@code null}
     * @param recipients     its recipients' addresses
     */
    static String of(Headers headers, String deliveryStatus, String text, String from, Set<String> recipients) {
        String header = Addresses.findPlain(headers.first("X-Failed-Recipients"));
        if (header != null) {
            return header;
        }
        String fromStatus = fromDeliveryStatus(deliveryStatus);
        if (fromStatus != null) {
            return fromStatus;
        }
        String body = text == null ? "" : text;
        Matcher phrase = FAILED_PHRASES.matcher(body);
        if (phrase.find()) {
            return phrase.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher postfix = POSTFIX_RECIPIENT.matcher(body);
        if (postfix.find()) {
            return postfix.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher any = Addresses.PLAIN_ADDRESS.matcher(body);
        while (any.find()) {
            String a = any.group().toLowerCase(Locale.ROOT);
            String local = a.substring(0, a.indexOf('@'));
            if (!a.equals(from) && !recipients.contains(a) && !local.equals("mailer-daemon")
                    && !local.equals("postmaster")) {
                return a;
            }
        }
        return null;
    }
}
