package vn.reportbot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class MessageReaderTests {

    private final MessageReader reader = new MessageReader();

    private ReceivedMessage read(String fixture) throws IOException, MalformedMessageException {
        try (InputStream in = getClass().getResourceAsStream("/eml/" + fixture)) {
            assertThat(in).as(fixture).isNotNull();
            return reader.read(in);
        }
    }

    private static boolean isNfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    /**
     * Found by {@code MailFuzzIT} (seed 8276521422379727747, message 70): a second From field of 18,000 letters and no
     * @ took the address search eleven seconds (it tried every letter as the start of an address), a megabyte of them
     * hours.
     */
    @Test
    void aFromFieldOfTensOfThousandsOfLettersIsReadAtOnce() {
        ReceivedMessage m = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> read("from-field-of-letters.eml"));

        assertThat(m.subject()).isEqualTo("Nghỉ phép từ 20/09 đến 25/09");
        assertThat(m.fromAddress()).isEqualTo("nguyenvanben1968@yahoo.com.vn");
    }

    /**
     * Found by {@code MailFuzzIT}: a Date field swollen to a run of letters (here 60 KB; the fuzzer's was a megabyte)
     * kept the date's search busy for minutes, and the poller with it.
     */
    @Test
    void aDateFieldSwollenToTensOfKilobytesIsReadAtOnce() {
        ReceivedMessage m = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> read("date-field-swollen.eml"));

        assertThat(m.subject()).startsWith("Báo cáo");
        assertThat(m.date()).as("the first Date field, which holds no date").isNull();
    }

    @Test
    void readsSubjectEncodedInWordsSplitAcrossLines() throws Exception {
        ReceivedMessage m = read("plain-utf8-report.eml");

        assertThat(m.subject()).isEqualTo("Báo cáo kết quả thực hiện Công văn 319/MTTQ-BTT của xã Phước Đại");
    }

    @Test
    void readsSenderRecipientsAndIdsOfAPlainReport() throws Exception {
        ReceivedMessage m = read("plain-utf8-report.eml");

        assertThat(m.fromAddress()).isEqualTo("mttq.phuocdai@gmail.com");
        assertThat(m.fromName()).isEqualTo("MTTQ xã Phước Đại");
        assertThat(m.recipients()).containsExactly(
                "mattranbacai@gmail.com", "mattrabbacai@gmail.com", "ben.nv@bacai.example");
        assertThat(m.messageId()).isEqualTo("<CAF3k1ZpQ7xw@mail.gmail.com>");
        assertThat(m.inReplyTo()).isNull();
        assertThat(m.references()).isEmpty();
        assertThat(m.date()).isEqualTo(OffsetDateTime.of(2021, 9, 20, 15, 14, 58, 0, ZoneOffset.ofHours(7)));
        assertThat(m.kind()).isEqualTo(MessageKind.REPORT);
        assertThat(m.kindReason()).isNull();
        assertThat(m.failedRecipient()).isNull();
        assertThat(m.attachments()).isEmpty();
    }

    @Test
    void theReceiptTimeIsTheDateOfTheTopmostReceivedFieldNotTheSendersDate() throws Exception {
        String raw = "Received: from mx.gmail.com by imap.bacai.example; Fri, 22 Oct 2021 10:00:00 +0700\r\n"
                + "Received: from laptop (unknown) by smtp.gmail.com; Thu, 21 Oct 2021 23:59:00 +0700\r\n"
                + "From: mttq.phuocdai@gmail.com\r\nDate: Fri, 01 Oct 2021 08:15:00 +0700\r\nSubject: Bao cao\r\n\r\nBao cao.\r\n";
        ReceivedMessage m = reader.read(raw.getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThat(m.receivedAt()).isEqualTo(java.time.OffsetDateTime.parse("2021-10-22T10:00:00+07:00"));
        assertThat(m.date()).isEqualTo(java.time.OffsetDateTime.parse("2021-10-01T08:15:00+07:00"));
    }

    @Test
    void aMessageWithoutReceivedFieldHasNoReceiptTime() throws Exception {
        ReceivedMessage m = reader.read("From: a@b.example\r\nSubject: x\r\n\r\nx\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThat(m.receivedAt()).isNull();
    }

    @Test
    void lowerCasesDeliveredToAmongRecipients() throws Exception {
        ReceivedMessage m = read("plain-utf8-report.eml");

        // Delivered-To: MatTranBacAi@gmail.com
        assertThat(m.recipients()).contains("mattranbacai@gmail.com").doesNotHaveDuplicates();
    }

    @Test
    void decodesQuotedPrintableUtf8BodyInNfc() throws Exception {
        ReceivedMessage m = read("plain-utf8-report.eml");

        assertThat(m.text()).contains("Ban Thường trực Ủy ban MTTQ xã Phước Đại báo cáo kết quả")
                .contains("12 triệu đồng ủng hộ Quỹ phòng, chống dịch")
                .contains("Nguyễn Thị Hoà");
        assertThat(isNfc(m.text())).isTrue();
        assertThat(m.ownText()).isEqualTo(m.text());
    }

    @Test
    void convertsHtmlOnlyBodyToTextKeepingLineBreaks() throws Exception {
        ReceivedMessage m = read("html-only.eml");

        assertThat(m.text()).contains("Kính gửi Ban Thường trực,\n")
                .contains("Xã Hải Anh báo cáo\ntình hình thu Quỹ \"Vì người nghèo\":")
                .contains("Thôn Nam Hải: 3.500.000 đồng\nThôn Bắc Hải: 2.000.000 đồng")
                .contains("Trân trọng,\nTrần Văn Cường")
                .doesNotContain("<", "alert", "margin", "ignored");
        assertThat(m.kind()).isEqualTo(MessageKind.REPORT);
    }

    @Test
    void decodesWindows1258BodyAndSubjectIntoPrecomposedText() throws Exception {
        ReceivedMessage m = read("windows-1258-body.eml");

        assertThat(m.subject()).isEqualTo("Báo cáo rà soát hộ nghèo");
        assertThat(m.text()).contains("Xã Phước Hòa báo cáo đã hoàn thành việc rà soát hộ nghèo năm 2021.")
                .contains("Người lập biểu: Lê Văn Đường");
        assertThat(isNfc(m.text())).isTrue();
        assertThat(isNfc(m.subject())).isTrue();
    }

    @Test
    void normalisesDecomposedRaw8bitSubjectAndBodyToNfc() throws Exception {
        ReceivedMessage m = read("nfd-subject.eml");

        assertThat(m.subject()).isEqualTo("Báo cáo của xã Hải Đường về công tác phòng chống bão");
        assertThat(m.subject()).hasSize("Báo cáo của xã Hải Đường về công tác phòng chống bão".length());
        assertThat(m.text()).contains("Xã Hải Đường gửi báo cáo");
        assertThat(m.fromName()).isEqualTo("Xa Hai Duong");
    }

    @Test
    void listsAttachmentsWithRfc2231AndRfc2047NamesAndDecodedSizes() throws Exception {
        ReceivedMessage m = read("rfc2231-vietnamese-filename.eml");

        assertThat(m.subject()).isEqualTo("Gửi báo cáo kèm file");
        assertThat(m.attachments()).extracting(Attachment::fileName, Attachment::contentType, Attachment::size)
                .containsExactly(
                        tuple("Báo cáo kết quả 319.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 349L),
                        tuple("Biên bản họp.pdf", "application/pdf", 784L),
                        tuple("Danh sách hộ nghèo xã Phước Tiến.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 1500L));
        // the fixture's documents are random bytes under document names: each is recorded as unreadable, with why
        assertThat(m.attachments()).extracting(Attachment::problem).containsExactly(
                "text not read: not a Word file: the .docx cannot be opened"
                        + " (org.apache.poi.openxml4j.exceptions.InvalidFormatException: The part /word/document.xml"
                        + " does not have any content type ! Rule: Package require content types when retrieving a"
                        + " part from a package. [M.1.14])",
                "text not read: damaged PDF: Missing root object specification in trailer.",
                "text not read: not an Excel file: its content is neither a .xlsx nor an Excel 97–2003 workbook");
        assertThat(m.text()).isEqualTo("Xã Phước Tiến gửi báo cáo và biên bản kèm theo.");
        assertThat(m.kind()).isEqualTo(MessageKind.REPORT);
    }

    @Test
    void readsTheTextOfAttachedDocumentsAndRecordsWhatCouldNotBeRead() throws Exception {
        ReceivedMessage m = read("report-with-documents.eml");

        assertThat(m.attachments()).extracting(Attachment::label).containsExactly(
                "bao-cao.docx", "bao-cao.pdf", "bieu-tong-hop.xlsx", "phu-luc.docx", "anh.jpg", "message/rfc822");
        Attachment docx = m.attachments().get(0);
        assertThat(docx.problem()).isNull();
        assertThat(docx.text()).contains("Số: 1245/UBND-VP", "V/v báo cáo kết quả tiêm chủng vắc xin");
        assertThat(m.attachments().get(1).text()).contains("1245/UBND-VP");
        Attachment sheet = m.attachments().get(2);
        assertThat(sheet.problem()).isNull();
        assertThat(sheet.text()).contains("Biểu 01", "STT\tThôn\tSố hộ được tuyên truyền", "1\tThôn Phước Đại\t120");
        Attachment bomb = m.attachments().get(3);
        assertThat(bomb.text()).isEmpty();
        assertThat(bomb.problem()).startsWith("text not read: zip bomb");
        Attachment photo = m.attachments().get(4);
        assertThat(photo.text()).isEmpty();
        assertThat(photo.problem()).isNull();
        Attachment forwarded = m.attachments().get(5);
        assertThat(forwarded.problem()).isNull();
        assertThat(forwarded.text())
                .startsWith("From: UBND xa Phuoc Dai <ubnd.phuocdai@gmail.com>\nSubject: Bản báo cáo gửi nhầm địa chỉ")
                .contains("Gửi lại bản báo cáo.", "Số: 1245/UBND-VP");
        assertThat(m.text()).isEqualTo("Xã Phước Đại gửi báo cáo và biểu tổng hợp kèm theo.");
    }

    @Test
    void separatesOwnTextFromGmailQuoteWithWrappedAttribution() throws Exception {
        ReceivedMessage m = read("gmail-quoted-reply.eml");

        assertThat(m.subject()).isEqualTo("Re: V/v báo cáo 319/MTTQ-BTT");
        assertThat(m.fromName()).isEqualTo("MTTQ xã Phước Chính");
        assertThat(m.inReplyTo()).isEqualTo("<reminder-1@bacai.example>");
        assertThat(m.references()).containsExactly("<dispatch-319@bacai.example>", "<reminder-1@bacai.example>");
        assertThat(m.text()).contains("> Đề nghị các xã báo cáo kết quả");
        assertThat(m.ownText()).isEqualTo("Xã Phước Chính đã nhận công văn và sẽ báo cáo trước ngày 30/9.");
        assertThat(m.recipients()).containsExactly("mattrabbacai@gmail.com");
    }

    @Test
    void separatesOwnTextFromVietnameseVaoDaVietQuoteInHtml() throws Exception {
        ReceivedMessage m = read("vietnamese-vao-da-viet-quote.eml");

        assertThat(m.fromName()).isEqualTo("UBND xã Hải Châu");
        assertThat(m.text()).contains("đã viết:").contains("Đề nghị UBND các xã, thị trấn báo cáo.");
        assertThat(m.ownText()).isEqualTo("Xã Hải Châu báo cáo: đã hoàn thành 100% chỉ tiêu.\nTrân trọng!");
    }

    @Test
    void classifiesAutoSubmittedMessageAsAutoReply() throws Exception {
        ReceivedMessage m = read("auto-reply-auto-submitted.eml");

        assertThat(m.kind()).isEqualTo(MessageKind.AUTO_REPLY);
        assertThat(m.kindReason()).isEqualTo("Auto-Submitted: auto-replied");
    }

    @Test
    void classifiesVietnameseOutOfOfficeSubjectAsAutoReply() throws Exception {
        ReceivedMessage m = read("out-of-office-subject.eml");

        assertThat(m.subject()).isEqualTo("Tự động trả lời: V/v báo cáo kết quả");
        assertThat(m.kind()).isEqualTo(MessageKind.AUTO_REPLY);
        assertThat(m.kindReason()).isEqualTo("automatic reply subject");
    }

    @Test
    void classifiesDeliveryStatusReportAsBounceWithFinalRecipient() throws Exception {
        ReceivedMessage m = read("bounce-delivery-status.eml");

        assertThat(m.kind()).isEqualTo(MessageKind.BOUNCE);
        assertThat(m.kindReason()).isEqualTo("delivery status report");
        assertThat(m.failedRecipient()).isEqualTo("mttq.haianh@gmail.com");
        assertThat(m.fromAddress()).isEqualTo("mailer-daemon@googlemail.com");
        assertThat(m.date()).isEqualTo(OffsetDateTime.of(2021, 9, 20, 8, 0, 5, 0, ZoneOffset.ofHours(-7)));
        assertThat(m.text()).contains("Address not found").doesNotContain("Nhac bao cao");
        assertThat(m.attachments()).singleElement().satisfies(returned -> {
            assertThat(returned.contentType()).isEqualTo("message/rfc822");
            assertThat(returned.text()).startsWith("From: <mattrabbacai@gmail.com>\nSubject: Nhac bao cao");
        });
    }

    @Test
    void findsFailedRecipientInTextOfANonStandardMailerDaemonBounce() throws Exception {
        ReceivedMessage m = read("bounce-nonstandard-mailer-daemon.eml");

        assertThat(m.kind()).isEqualTo(MessageKind.BOUNCE);
        assertThat(m.kindReason()).isEqualTo("delivery failure notice from mailer-daemon");
        assertThat(m.failedRecipient()).isEqualTo("ubnd.haiphong@haihau.example.vn");
    }

    @Test
    void classifiesReadReceiptAsOther() throws Exception {
        ReceivedMessage m = read("read-receipt.eml");

        assertThat(m.subject()).isEqualTo("Đã đọc: V/v báo cáo");
        assertThat(m.kind()).isEqualTo(MessageKind.OTHER);
        assertThat(m.kindReason()).isEqualTo("read receipt");
        assertThat(m.failedRecipient()).isNull();
    }

    @Test
    void rejectsPlainProseWithoutHeaders() {
        assertThatThrownBy(() -> read("not-mime-at-all.eml"))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessage("not an email message: no header fields found at the start");
    }

    @Test
    void rejectsPdfBytes() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<</Type/Catalog>>\nendobj\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read(pdf))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("no header fields found at the start");
    }

    @Test
    void rejectsHeaderLikeTextWithoutFromDateOrMessageId() {
        byte[] notes = "Note: call Hai Anh\nTodo: reminders\n\nnothing else\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(notes))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessage("not an email message: no From, Date or Message-ID header");
    }

    @Test
    void fallsBackToUtf8ForUnknownCharsetLabel() throws Exception {
        ReceivedMessage m = read("unknown-charset-label.eml");

        assertThat(m.subject()).isEqualTo("Báo cáo tuần của xã Hải Phú");
        assertThat(m.text()).isEqualTo("Xã Hải Phú báo cáo: tuần qua không có sự cố về đê điều.");
        assertThat(m.fromAddress()).isEqualTo("xahaiphu@yahoo.com");
        assertThat(m.fromName()).isNull();
    }

    @Test
    void decodesUnlabelledEightBitBodyThatIsNotUtf8AsWindows1252() throws Exception {
        byte[] raw = ("From: a@b.example\r\nSubject: Caf\u00e9\r\nDate: Mon, 20 Sep 2021 10:00:00 +0700\r\n\r\n"
                + "Caf\u00e9 cr\u00e8me \u20ac\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));

        ReceivedMessage m = reader.read(raw);

        assertThat(m.subject()).isEqualTo("Café");
        assertThat(m.text()).isEqualTo("Café crème €");
        assertThat(m.messageId()).isNull();
    }

    @Test
    void skipsMboxFromLineBeforeHeaders() throws Exception {
        byte[] raw = ("From mttq@x.example Mon Sep 20 10:00:00 2021\nFrom: mttq@x.example\nMessage-ID: <a@x>\n\nBody\n")
                .getBytes(StandardCharsets.US_ASCII);

        ReceivedMessage m = reader.read(raw);

        assertThat(m.fromAddress()).isEqualTo("mttq@x.example");
        assertThat(m.text()).isEqualTo("Body");
        assertThat(m.date()).isNull();
    }

    @Test
    void countsLargeAttachmentAndReadsVeryLongBodyLines() throws Exception {
        byte[] payload = new byte[6 * 1024 * 1024];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 31);
        }
        String longLine = "Xã Hải Lộc báo cáo ".repeat(150_000);
        String raw = "From: a@x.example\r\nMessage-ID: <big@x>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n\r\n<p>" + longLine + "</p>\r\n--b\r\n"
                + "Content-Type: application/octet-stream; name=bien-ban.bin\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + java.util.Base64.getMimeEncoder().encodeToString(payload) + "\r\n--b--\r\n";

        ReceivedMessage m = reader.read(raw.getBytes(StandardCharsets.UTF_8));

        assertThat(m.attachments()).containsExactly(
                new Attachment("bien-ban.bin", "application/octet-stream", payload.length));
        assertThat(m.text()).startsWith("Xã Hải Lộc báo cáo Xã Hải Lộc").hasSize(longLine.strip().length());
    }

    // ------------------------------------------------------------ a forwarded message as the whole body (issue #13)

    private static final Path AWKWARD = Path.of("src/test/resources/awkward");

    @Test
    void aMessageWhoseWholeBodyIsAForwardedMessageIsReadWithTheOriginalsSenderTextAndAttachments() throws Exception {
        byte[] raw = Files.readAllBytes(AWKWARD.resolve("structure-forwarded-whole-body.eml"));

        ReceivedMessage m = reader.read(raw);

        assertThat(m.fromAddress()).isEqualTo("vanthu.ubnd.xa@gmail.com");
        assertThat(m.subject()).isEqualTo("Fwd: Báo cáo thực hiện Công văn 22");
        assertThat(m.text()).isEmpty();
        assertThat(m.attachments()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.contentType()).isEqualTo("message/rfc822");
            assertThat(forwarded.size()).isEqualTo(raw.length - bodyStart(raw));
            assertThat(forwarded.problem()).isNull();
            assertThat(forwarded.text())
                    .startsWith("From: Ban Dân vận xã Hải Phúc <dv.haiphuc@gmail.com>\nSubject: Báo cáo thực hiện Công văn 22\n")
                    .contains("Xã Hải Phúc báo cáo kết quả thực hiện Công văn số 22-CV/BDVHU",
                            "Số: 15/BC-BDV", "Tổ chức 9 buổi tuyên truyền phòng, chống dịch Covid-19 tại các xóm.");
        });
    }

    @Test
    void aForwardedMessageForwardedAgainAsTheWholeBodyIsReadDownToTheOriginalFromAStream() throws Exception {
        byte[] raw = Files.readAllBytes(AWKWARD.resolve("structure-forwarded-whole-body-nested.eml"));

        ReceivedMessage m = reader.read(new java.io.ByteArrayInputStream(raw));

        assertThat(m.attachments()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.problem()).isNull();
            assertThat(forwarded.text()).startsWith("From: <chutich.haiphuc@gmail.com>\n")
                    .contains("From: Ban Dân vận xã Hải Phúc <dv.haiphuc@gmail.com>",
                            "Xã Hải Phúc báo cáo kết quả thực hiện Công văn số 22-CV/BDVHU",
                            "Biên bản họp Ban Dân vận xã Hải Phúc ngày 18/12/2021");
        });
    }

    @Test
    void aForwardedMessageWithNothingInItIsListedAsEmptyAndTheMessageIsStillRead() throws Exception {
        ReceivedMessage m = reader.read(Files.readAllBytes(AWKWARD.resolve("structure-forwarded-whole-body-empty.eml")));

        assertThat(m.subject()).isEqualTo("Fwd: Báo cáo thực hiện Công văn 22");
        assertThat(m.attachments()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.size()).isZero();
            assertThat(forwarded.text()).isEmpty();
            assertThat(forwarded.problem()).isEqualTo("text not read: the forwarded message is empty");
        });
    }

    // ------------------------------------------------------------ the stream a message is read from

    @Test
    void aSinglePartMessageReadFromAStreamLeavesTheStreamOpen() throws Exception {
        boolean[] closed = {false};
        InputStream raw = new java.io.FilterInputStream(new java.io.ByteArrayInputStream((
                "From: dv.hailoc@gmail.com\r\nDate: Mon, 17 Jan 2022 08:00:00 +0700\r\nSubject: Bao cao\r\n"
                        + "Content-Type: text/plain; charset=utf-8\r\n\r\nXã Hải Lộc báo cáo.\r\n")
                .getBytes(StandardCharsets.UTF_8))) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };

        ReceivedMessage m = reader.read(raw);

        assertThat(m.text()).isEqualTo("Xã Hải Lộc báo cáo.");
        assertThat(closed[0]).as("closed").isFalse();
    }

    /** Where the body of a message with CRLF line ends starts. */
    private static int bodyStart(byte[] raw) {
        String head = new String(Arrays.copyOf(raw, Math.min(raw.length, 8192)), StandardCharsets.ISO_8859_1);
        return head.indexOf("\r\n\r\n") + 4;
    }
}
