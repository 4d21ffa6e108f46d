package vn.reportbot.intake;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a person's mail (a possible report) from automatic mail: auto-replies (RFC 3834 and vacation
 * subjects), bounces (RFC 3464 reports and mail-system notices), read receipts and list mail.
 */
final class MessageKindDetector {

    /** The kind and, when not a report, a short English reason. */
    record Verdict(MessageKind kind, String reason) {
    }

    /** What the detector looks at. */
    record Facts(Headers headers, String subject, String fromAddress, String mimeType, String reportType) {
    }

    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "auto_reply");
    private static final Pattern VACATION_SUBJECT = Pattern.compile(
            "^\\s*(\\[?\\s*)?(auto\\s*:|automatic reply|auto[- ]?reply|autoreply|out of (the )?office"
                    + "|tự động trả lời|thư trả lời tự động|trả lời tự động|vắng mặt)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile(
            "(undelivered mail returned to sender|delivery status notification \\((failure|delay)\\)"
                    + "|mail delivery failed|undeliverable|undelivered mail|delivery failure|returned mail"
                    + "|failure notice|delivery has failed|mail delivery failure|không gửi được thư"
                    + "|không thể gửi|thư không gửi được)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern READ_RECEIPT_SUBJECT = Pattern.compile(
            "^\\s*(read\\s*:|đã đọc\\s*:|return receipt|read receipt)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    Verdict detect(Facts m) {
        if (isDeliveryStatusReport(m)) {
            return new Verdict(MessageKind.BOUNCE, "delivery status report");
        }
        if (isFromMailSystem(m) && hasBounceSubject(m)) {
            return new Verdict(MessageKind.BOUNCE, "delivery failure notice from " + localPart(m.fromAddress()));
        }
        if (hasFailedRecipientsHeader(m)) {
            return new Verdict(MessageKind.BOUNCE, "X-Failed-Recipients header");
        }
        if (isReadReceipt(m)) {
            return new Verdict(MessageKind.OTHER, "read receipt");
        }
        if (isAutoSubmitted(m)) {
            return new Verdict(MessageKind.AUTO_REPLY, "Auto-Submitted: " + m.headers().lower("Auto-Submitted"));
        }
        if (hasAutoReplyHeader(m)) {
            return new Verdict(MessageKind.AUTO_REPLY, m.headers().has("X-Autoreply")
                    ? "X-Autoreply header" : "X-Autorespond header");
        }
        if (isMailingList(m)) {
            return new Verdict(MessageKind.OTHER, "mailing list or newsletter");
        }
        if (hasBulkPrecedence(m)) {
            return new Verdict(MessageKind.AUTO_REPLY, "Precedence: " + precedence(m));
        }
        if (hasVacationSubject(m)) {
            return new Verdict(MessageKind.AUTO_REPLY, "automatic reply subject");
        }
        if (isFromMailSystem(m)) {
            return new Verdict(MessageKind.BOUNCE, "sent by the mail system (" + localPart(m.fromAddress()) + ")");
        }
        return new Verdict(MessageKind.REPORT, null);
    }

    boolean isDeliveryStatusReport(Facts m) {
        return "multipart/report".equals(m.mimeType()) && "delivery-status".equalsIgnoreCase(m.reportType());
    }

    boolean isFromMailSystem(Facts m) {
        String local = localPart(m.fromAddress());
        return local.equals("mailer-daemon") || local.equals("postmaster") || local.equals("mail-daemon");
    }

    boolean hasBounceSubject(Facts m) {
        return BOUNCE_SUBJECT.matcher(m.subject()).find();
    }

    boolean hasFailedRecipientsHeader(Facts m) {
        return m.headers().has("X-Failed-Recipients");
    }

    boolean isReadReceipt(Facts m) {
        boolean mdn = "multipart/report".equals(m.mimeType())
                && "disposition-notification".equalsIgnoreCase(m.reportType());
        return mdn || READ_RECEIPT_SUBJECT.matcher(m.subject()).find();
    }

    /** RFC 3834: any Auto-Submitted value except {@code no}. */
    boolean isAutoSubmitted(Facts m) {
        String value = m.headers().lower("Auto-Submitted");
        int semicolon = value.indexOf(';');
        String token = (semicolon >= 0 ? value.substring(0, semicolon) : value).trim();
        return !token.isEmpty() && !token.equals("no");
    }

    boolean hasAutoReplyHeader(Facts m) {
        return m.headers().has("X-Autoreply") || m.headers().has("X-Autorespond");
    }

    boolean isMailingList(Facts m) {
        return m.headers().has("List-Unsubscribe") || m.headers().has("List-Id") || precedence(m).equals("list");
    }

    boolean hasBulkPrecedence(Facts m) {
        return BULK_PRECEDENCE.contains(precedence(m));
    }

    boolean hasVacationSubject(Facts m) {
        return VACATION_SUBJECT.matcher(m.subject()).find();
    }

    private static String precedence(Facts m) {
        return m.headers().lower("Precedence");
    }

    private static String localPart(String address) {
        if (address == null) {
            return "";
        }
        int at = address.indexOf('@');
        return (at >= 0 ? address.substring(0, at) : address).toLowerCase(Locale.ROOT);
    }
}
