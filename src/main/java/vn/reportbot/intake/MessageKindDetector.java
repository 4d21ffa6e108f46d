package vn.reportbot.intake;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a person's mail (a possible report) from automatic mail: bounces (RFC 3464 reports, and the notices of mail
 * systems in their many wordings and languages, including those marked {@code Auto-Submitted} and those a mailing
 * list passed on), delay notices and spam-complaint feedback reports (RFC 5965), set aside as other mail, auto-replies
 * (RFC 3834, vacation subjects in many languages, a short vacation note), read receipts and list mail.
 *
 * <p>The order matters: a delivery failure is a bounce whatever else it is marked with (Exim and Exchange mark theirs
 * {@code Auto-Submitted: auto-replied}, lists add their own headers), and a delay is never a failure.
 */
final class MessageKindDetector {

    /** The kind and, when not a report, a short English reason. */
    record Verdict(MessageKind kind, String reason) {
    }

    /**
     * What the detector looks at.
     *
     * @param fromAddress    the sender's address, or {@code null}
     * @param fromName       the sender's display name, or {@code null}
     * @param deliveryStatus the text of the message's delivery status parts, possibly empty
     * @param ownText        its own words (above any quote), possibly empty
     * @param attachments    whether it carries attachments
     */
    record Facts(Headers headers, String subject, String fromAddress, String fromName, String mimeType,
                 String reportType, String deliveryStatus, String ownText, boolean attachments) {

        Facts(Headers headers, String subject, String fromAddress, String mimeType, String reportType) {
            this(headers, subject, fromAddress, null, mimeType, reportType, "", "", false);
        }

        Facts {
            subject = subject == null ? "" : subject;
            deliveryStatus = deliveryStatus == null ? "" : deliveryStatus;
            ownText = ownText == null ? "" : ownText;
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "auto_reply");
    private static final Set<String> MAIL_SYSTEM_LOCAL_PARTS = Set.of(
            "mailer-daemon", "mailerdaemon", "mail-daemon", "postmaster", "mdaemon", "mail.delivery.system");
    private static final Pattern MAIL_SYSTEM_NAME = Pattern.compile(
            "mailer-daemon|mail delivery|delivery subsystem|postmaster|mail system|microsoft outlook|系统退信"
                    + "|hệ thống thư", FLAGS);
    private static final Pattern REPLY_OR_FORWARD = Pattern.compile(
            "^\\s*(re|aw|sv|vs|tl|tr|fw|fwd|wg|rv|enc|ответ|回复|转发|chuyển tiếp|trả lời)\\s*(\\[\\d+\\])?\\s*:", FLAGS);
    private static final Pattern VACATION_SUBJECT = Pattern.compile(
            "^\\s*(\\[?\\s*)?(auto\\s*:|automatic reply|auto[- ]?reply|autoreply|auto response|out of (the )?office\\s*(:|re\\b|auto|$)"
                    + "|tự động trả lời|thư trả lời tự động|trả lời tự động|vắng mặt|réponse automatique|absence du bureau"
                    + "|automatische antwort|abwesenheitsnotiz|respuesta automática|fuera de la oficina|自动回复|自動応答"
                    + "|自動返信|不在通知|автоматический ответ|автоответ)"
                    + "|\\bis out of (the )?office\\b|\\best absent\\b|\\bist nicht im büro\\b",
            FLAGS);
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile(
            "undelivered mail returned to sender|delivery status notification(?! \\((delay|success|relay)\\))"
                    + "|mail delivery failed|undeliverable|undelivered mail|delivery failure|returned mail|failure notice"
                    + "|delivery has failed|mail delivery failure|address not found|message not delivered"
                    + "|could not be delivered|delivery notification: delivery has failed|non remis|échec de (la )?(remise|distribution)"
                    + "|unzustellbar|nicht zugestellt|fehler bei der zustellung|no se puede entregar|mensaje no entregado"
                    + "|error de entrega|no entregado|退信|无法投递|無法投遞|配信不能|配信エラー|配信失敗|недоставленное"
                    + "|не доставлено|не может быть доставлено|không gửi được|không thể gửi|thư bị trả lại"
                    + "|lỗi gửi thư|thư không gửi được|thư bị từ chối",
            FLAGS);
    private static final Pattern DELAY_SUBJECT = Pattern.compile(
            "delivery delayed|delayed mail|delivery status notification \\(delay\\)|warning: message .* delayed"
                    + "|warning: could not send message|not yet delivered|still being retried|delivery is delayed"
                    + "|chưa được gửi|chưa gửi được|đang thử lại|zustellung verzögert|remise retardée|entrega retrasada",
            FLAGS);
    private static final Pattern BOUNCE_WORDS = Pattern.compile(
            "could not be delivered|couldn't be delivered|wasn't delivered to|was not delivered to"
                    + "|delivery to the following recipients? failed|the following address(es)? failed"
                    + "|unable to deliver your message|delivery has failed to these recipients|permanent fatal errors"
                    + "|i wasn't able to deliver your message|not listed in domino directory|permanent error"
                    + "|không gửi được|không thể gửi|bị trả lại|n'a pas pu être (remis|distribué)|nicht zugestellt werden"
                    + "|no se pudo entregar|no pudo ser entregado|无法投递|被退回|配信に失敗|配信できませんでした"
                    + "|не было доставлено|не удалось доставить",
            FLAGS);
    private static final Pattern VACATION_WORDS = Pattern.compile(
            "^\\s*(xin chào[,.!]?\\s*)?(tôi|em|mình)\\s+(hiện\\s+)?(đang\\s+)?(nghỉ phép|đi công tác|vắng mặt|không có mặt)"
                    + "|^\\s*(i am|i'm|i will be)\\s+(currently\\s+)?(out of (the )?office|away|on (annual )?leave|on vacation)",
            FLAGS);
    private static final Pattern REPORT_WORDS = Pattern.compile("báo cáo|đính kèm|gửi kèm|công văn|report", FLAGS);
    /** A vacation note is a sentence or two; a report that mentions a leave says more. */
    private static final int VACATION_NOTE_CHARS = 250;
    private static final Pattern ACTION = Pattern.compile("(?im)^\\s*Action\\s*:\\s*([a-z-]+)");

    Verdict detect(Facts m) {
        if (isFeedbackReport(m)) {
            return new Verdict(MessageKind.OTHER, "spam complaint (feedback report, RFC 5965)");
        }
        if (isDeliveryStatusReport(m)) {
            return deliveryStatusVerdict(m);
        }
        if (isDelayNotice(m)) {
            return new Verdict(MessageKind.OTHER, "delivery delay notice: the message is still being retried");
        }
        if (isFromMailSystem(m) && (hasBounceSubject(m) || hasBounceWords(m))) {
            return new Verdict(MessageKind.BOUNCE, "delivery failure notice from " + mailSystem(m));
        }
        if (hasFailedRecipientsHeader(m)) {
            return new Verdict(MessageKind.BOUNCE, "X-Failed-Recipients header");
        }
        if (hasBounceSubject(m) && !isReplyOrForward(m) && isAutomatic(m)) {
            return new Verdict(MessageKind.BOUNCE, "delivery failure notice (" + automaticSign(m) + ")");
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
        if (isVacationNote(m)) {
            return new Verdict(MessageKind.AUTO_REPLY, "a short out-of-office note");
        }
        if (isFromMailSystem(m)) {
            return new Verdict(MessageKind.BOUNCE, "sent by the mail system (" + mailSystem(m) + ")");
        }
        return new Verdict(MessageKind.REPORT, null);
    }

    boolean isDeliveryStatusReport(Facts m) {
        return "multipart/report".equals(m.mimeType()) && "delivery-status".equalsIgnoreCase(m.reportType());
    }

    /**
     * A report with a failed recipient, or one that names no action at all, is a bounce; one whose recipients are all
     * delayed is a delay notice; one that only says delivered, relayed or expanded is neither.
     */
    private Verdict deliveryStatusVerdict(Facts m) {
        boolean failed = false;
        boolean delayed = false;
        boolean other = false;
        Matcher action = ACTION.matcher(m.deliveryStatus());
        while (action.find()) {
            switch (action.group(1).toLowerCase(Locale.ROOT)) {
                case "failed" -> failed = true;
                case "delayed" -> delayed = true;
                default -> other = true;
            }
        }
        if (failed || (!delayed && !other)) {
            return new Verdict(MessageKind.BOUNCE, "delivery status report");
        }
        if (delayed) {
            return new Verdict(MessageKind.OTHER, "delivery delay notice: the message is still being retried");
        }
        return new Verdict(MessageKind.OTHER, "delivery status report without a failure");
    }

    boolean isFeedbackReport(Facts m) {
        return "multipart/report".equals(m.mimeType()) && "feedback-report".equalsIgnoreCase(m.reportType());
    }

    boolean isDelayNotice(Facts m) {
        return DELAY_SUBJECT.matcher(m.subject()).find() && !isReplyOrForward(m) && (isFromMailSystem(m) || isAutomatic(m));
    }

    boolean isFromMailSystem(Facts m) {
        return MAIL_SYSTEM_LOCAL_PARTS.contains(localPart(m.fromAddress()))
                || (m.fromName() != null && MAIL_SYSTEM_NAME.matcher(m.fromName()).find() && !isReplyOrForward(m));
    }

    boolean hasBounceSubject(Facts m) {
        return BOUNCE_SUBJECT.matcher(m.subject()).find();
    }

    boolean hasBounceWords(Facts m) {
        return BOUNCE_WORDS.matcher(m.ownText()).find();
    }

    boolean hasFailedRecipientsHeader(Facts m) {
        return m.headers().has("X-Failed-Recipients");
    }

    /** Sent by a program: a null return path (RFC 5321 section 4.5.5), Auto-Submitted, list headers, bulk precedence. */
    boolean isAutomatic(Facts m) {
        return !automaticSign(m).isEmpty();
    }

    private String automaticSign(Facts m) {
        if (hasNullReturnPath(m)) {
            return "Return-Path: <>";
        }
        if (isAutoSubmitted(m)) {
            return "Auto-Submitted: " + m.headers().lower("Auto-Submitted");
        }
        if (isMailingList(m)) {
            return "passed on by a mailing list";
        }
        if (hasBulkPrecedence(m)) {
            return "Precedence: " + precedence(m);
        }
        return "";
    }

    private static boolean hasNullReturnPath(Facts m) {
        String path = m.headers().first("Return-Path");
        return path != null && path.replaceAll("\\s", "").equals("<>");
    }

    boolean isReplyOrForward(Facts m) {
        return REPLY_OR_FORWARD.matcher(m.subject()).find();
    }

    boolean isReadReceipt(Facts m) {
        boolean mdn = "multipart/report".equals(m.mimeType())
                && "disposition-notification".equalsIgnoreCase(m.reportType());
        return mdn || Pattern.compile("^\\s*(read\\s*:|đã đọc\\s*:|return receipt|read receipt)", FLAGS)
                .matcher(m.subject()).find();
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

    /** A reply of a sentence or two, without attachments, that opens by saying its writer is away. */
    boolean isVacationNote(Facts m) {
        String own = m.ownText().strip();
        return !m.attachments() && !own.isEmpty() && own.length() <= VACATION_NOTE_CHARS
                && VACATION_WORDS.matcher(own).find() && !REPORT_WORDS.matcher(own).find();
    }

    private static String precedence(Facts m) {
        return m.headers().lower("Precedence");
    }

    private static String mailSystem(Facts m) {
        String local = localPart(m.fromAddress());
        return local.isEmpty() ? (m.fromName() == null ? "no address" : m.fromName()) : local;
    }

    private static String localPart(String address) {
        if (address == null) {
            return "";
        }
        int at = address.indexOf('@');
        return (at >= 0 ? address.substring(0, at) : address).toLowerCase(Locale.ROOT);
    }
}
