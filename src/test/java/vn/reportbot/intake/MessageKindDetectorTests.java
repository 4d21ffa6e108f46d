package vn.reportbot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MessageKindDetectorTests {

    private final MessageKindDetector detector = new MessageKindDetector();

    private MessageKindDetector.Verdict detect(Headers h, String subject, String from) {
        return detector.detect(new MessageKindDetector.Facts(h, subject, from, "text/plain", null));
    }

    private static Headers headers(String... nameValues) {
        Headers h = new Headers();
        for (int i = 0; i < nameValues.length; i += 2) {
            h.add(nameValues[i], nameValues[i + 1]);
        }
        return h;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Auto: Báo cáo", "Automatic reply: V/v báo cáo", "Out of Office: Báo cáo",
            "Thư trả lời tự động: Báo cáo", "Vắng mặt: Báo cáo", "[Tự động trả lời] Báo cáo"})
    void treatsVacationSubjectsAsAutoReplies(String subject) {
        assertThat(detect(headers(), subject, "x@y.example").kind()).isEqualTo(MessageKind.AUTO_REPLY);
    }

    @Test
    void keepsReportAboutAbsenteesAsReport() {
        assertThat(detect(headers(), "Báo cáo danh sách vắng mặt họp ngày 20/9", "x@y.example").kind())
                .isEqualTo(MessageKind.REPORT);
    }

    @Test
    void ignoresAutoSubmittedNo() {
        MessageKindDetector.Verdict v = detect(headers("Auto-Submitted", "no"), "Báo cáo", "x@y.example");

        assertThat(v.kind()).isEqualTo(MessageKind.REPORT);
        assertThat(v.reason()).isNull();
    }

    @Test
    void treatsXAutoreplyAndBulkPrecedenceAsAutoReplies() {
        assertThat(detect(headers("X-Autoreply", "yes"), "Re: Báo cáo", "x@y.example").reason())
                .isEqualTo("X-Autoreply header");
        assertThat(detect(headers("X-Autorespond", "1"), "Re: Báo cáo", "x@y.example").kind())
                .isEqualTo(MessageKind.AUTO_REPLY);
        assertThat(detect(headers("Precedence", "junk"), "Re: Báo cáo", "x@y.example").reason())
                .isEqualTo("Precedence: junk");
    }

    @Test
    void treatsListMailAsOther() {
        MessageKindDetector.Verdict v = detect(
                headers("List-Unsubscribe", "<mailto:u@news.example>", "Precedence", "bulk"), "Bản tin", "n@news.example");

        assertThat(v.kind()).isEqualTo(MessageKind.OTHER);
        assertThat(v.reason()).isEqualTo("mailing list or newsletter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Undelivered Mail Returned to Sender", "Delivery Status Notification (Failure)",
            "Mail delivery failed: returning message to sender", "Undeliverable: Báo cáo"})
    void treatsMailSystemFailureNoticesAsBounces(String subject) {
        assertThat(detect(headers(), subject, "postmaster@haihau.example.vn").kind()).isEqualTo(MessageKind.BOUNCE);
    }

    @Test
    void treatsDispositionNotificationAsReadReceipt() {
        MessageKindDetector.Verdict v = detector.detect(new MessageKindDetector.Facts(
                headers(), "Báo cáo", "x@y.example", "multipart/report", "disposition-notification"));

        assertThat(v.kind()).isEqualTo(MessageKind.OTHER);
        assertThat(v.reason()).isEqualTo("read receipt");
    }

    @Test
    void prefersBounceOverAutoSubmittedOnDeliveryReports() {
        MessageKindDetector.Verdict v = detector.detect(new MessageKindDetector.Facts(
                headers("Auto-Submitted", "auto-replied"), "Returned mail", "mailer-daemon@x.example",
                "multipart/report", "delivery-status"));

        assertThat(v.kind()).isEqualTo(MessageKind.BOUNCE);
    }

    private MessageKindDetector.Verdict detect(Headers h, String subject, String from, String name, String mimeType,
                                               String reportType, String status, String ownText) {
        return detector.detect(new MessageKindDetector.Facts(h, subject, from, name, mimeType, reportType, status,
                ownText, false));
    }

    @Test
    void setsADelayedDeliveryStatusReportAsideRatherThanCallingItABounce() {
        MessageKindDetector.Verdict v = detect(headers(), "Delivery Status Notification (Delay)", "mailer-daemon@googlemail.com",
                null, "multipart/report", "delivery-status", "Final-Recipient: rfc822; a@b.example\nAction: delayed\n", "");

        assertThat(v.kind()).isEqualTo(MessageKind.OTHER);
        assertThat(v.reason()).startsWith("delivery delay notice");
    }

    @Test
    void setsSpamComplaintFeedbackReportsAside() {
        assertThat(detect(headers("Auto-Submitted", "auto-generated"), "Abuse report", "fbl@isp.example", null,
                "multipart/report", "feedback-report", "", "").kind()).isEqualTo(MessageKind.OTHER);
    }

    @Test
    void takesABounceSubjectOnMailAProgramSentForABounceWhateverAutoSubmittedSays() {
        MessageKindDetector.Verdict v = detect(headers("Return-Path", "<>", "Auto-Submitted", "auto-replied"),
                "Undelivered Mail Returned to Sender", "no-reply@mail.example.vn", "Mail", "text/plain", null, "", "");

        assertThat(v.kind()).isEqualTo(MessageKind.BOUNCE);
    }

    @Test
    void takesAMailerDaemonWithAnEmptyAddressForAMailSystem() {
        assertThat(detect(headers(), "Returned mail", null, "MAILER-DAEMON", "text/plain", null, "", "").kind())
                .isEqualTo(MessageKind.BOUNCE);
    }

    @Test
    void neverTakesAPersonsReplyToABounceForABounce() {
        assertThat(detect(headers("List-Id", "<x.lists.example>"), "Re: Undeliverable: Báo cáo", "x@y.example", "Xã Phước Đại",
                "text/plain", null, "", "Địa chỉ cũ không dùng nữa, báo cáo gửi kèm.").kind()).isEqualTo(MessageKind.OTHER);
        assertThat(detect(headers(), "Re: Undeliverable: Báo cáo", "x@y.example", "Xã Phước Đại",
                "text/plain", null, "", "Địa chỉ cũ không dùng nữa, báo cáo gửi kèm.").kind()).isEqualTo(MessageKind.REPORT);
    }

    @Test
    void takesAShortNoteThatItsWriterIsAwayForAnAutoReplyButNotAReportThatMentionsALeave() {
        assertThat(detect(headers(), "Re: Báo cáo", "x@y.example", null, "text/plain", null, "",
                "Tôi đang nghỉ phép, sẽ trả lời thư sau ngày 26/09/2021.").kind()).isEqualTo(MessageKind.AUTO_REPLY);
        assertThat(detect(headers(), "Re: Báo cáo", "x@y.example", null, "text/plain", null, "",
                "Tôi đang nghỉ phép nhưng vẫn gửi báo cáo đúng hạn.").kind()).isEqualTo(MessageKind.REPORT);
    }
}
