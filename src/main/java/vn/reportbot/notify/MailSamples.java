package vn.reportbot.notify;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.reportbot.directory.Office;
import vn.reportbot.directory.StaffMember;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatchtext.Cadence;
import vn.reportbot.dispatch.DispatchImported;
import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.dispatch.ImportedDispatch;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatch.ReportingPeriod;
import vn.reportbot.report.ReportAccepted;
import vn.reportbot.report.ReportText;
import vn.reportbot.report.ReportView;
import vn.reportbot.staffmail.StaffDispatchAnswered;
import vn.reportbot.staffmail.StaffDispatchAnswered.Outcome;
import vn.reportbot.task.ReportingTask;
import vn.reportbot.templates.TemplateRenderer;

/**
 * A sample model of every mail the bot sends, in each variant its code builds (late or on time, one-off or weekly,
 * imported or why not…), made by the very methods that build the real models, from the seed dispatch
 * 319/MTTQ-BTT of Bác Ái's MTTQ and its communes. At start-up every template is rendered against the samples of the
 * mail it serves ({@link TemplateRenderer#verify}), so that a template using a name its mail lacks stops start-up
 * naming its file, line and column instead of failing each mail later.
 */
@Component
class MailSamples {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Unit PHUOC_DAI = new Unit("phuoc-dai", "bac-ai-mttq", "Xã Phước Đại",
            List.of("mttq.phuocdai@gmail.com"), List.of("Phuoc Dai"));
    private static final Unit PHUOC_TAN = new Unit("phuoc-tan", "bac-ai-mttq", "Xã Phước Tân",
            List.of("mttqphuoctan@gmail.com"), List.of());
    private static final Office BAC_AI = new Office("bac-ai-mttq", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái",
            "mattrabbacai@gmail.com", List.of(new StaffMember("Nguyễn Văn Bền", "ben.nv@bacai.example")),
            List.of(PHUOC_DAI, PHUOC_TAN));
    private static final List<DispatchTask> TASKS = List.of(
            new DispatchTask(1, "Tuyên truyền, vận động Nhân dân thực hiện nghiêm các biện pháp phòng, chống dịch COVID-19"),
            new DispatchTask(2, "Báo cáo kết quả về Ban Thường trực Ủy ban MTTQ Việt Nam huyện"));
    private static final String SUBJECT = "Tăng cường tuyên truyền, vận động Nhân dân thực hiện các biện pháp phòng,"
            + " chống dịch COVID-19";
    private static final List<String> RECIPIENTS = List.of("Ban Thường trực Ủy ban MTTQVN các xã");
    private static final KnownDispatch ONE_OFF = new KnownDispatch(1, "bac-ai-mttq", "319/MTTQ-BTT",
            LocalDate.of(2021, 9, 16), SUBJECT, LocalDate.of(2021, 9, 24), TASKS, null, RECIPIENTS);
    private static final KnownDispatch UNNUMBERED = new KnownDispatch(3, "bac-ai-mttq", "330/MTTQ-BTT",
            LocalDate.of(2021, 9, 20), SUBJECT, null, List.of());
    private static final Unit PHUOC_DAI_ADDRESSED = new Unit("phuoc-dai", "bac-ai-mttq", "Xã Phước Đại",
            List.of("mttq.phuocdai@gmail.com"), List.of(), "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Phước Đại");
    private static final Cadence THURSDAYS = new Cadence(Cadence.Frequency.WEEKLY, DayOfWeek.THURSDAY, null,
            LocalTime.of(15, 0), "định kỳ hằng tuần (trước 15 giờ thứ Năm)");
    private static final KnownDispatch WEEKLY = new KnownDispatch(2, "bac-ai-mttq", "325/MTTQ-BTT", null,
            "Báo cáo tình hình hằng tuần", null, TASKS, THURSDAYS);
    private static final ZonedDateTime NOW = ZonedDateTime.of(2021, 9, 27, 8, 0, 0, 0, ZONE);

    MailSamples(TemplateRenderer templates) {
        templates.verify(all());
    }

    /** Also stops start-up when a folder of office templates ({@code templates/<office-id>/}) names no office. */
    @org.springframework.beans.factory.annotation.Autowired
    MailSamples(TemplateRenderer templates, vn.reportbot.directory.Directory directory) {
        for (String folder : templates.overrideFolders()) {
            if (directory.office(folder).isEmpty()) {
                throw new vn.reportbot.system.SettingsException("reportbot.templates: the folder " + folder + "/ holds the"
                        + " templates of an office, but the directory has no office with the id " + folder);
            }
        }
        templates.verify(all());
    }

    /** For each mail of {@link TemplateRenderer#MAILS}, its sample models. */
    static Map<String, List<Map<String, Object>>> all() {
        return Map.of(
                "acknowledgement", List.of(
                        AcknowledgementQueuer.model(BAC_AI, PHUOC_DAI, accepted(ONE_OFF, NOW.minusDays(7)), ZONE),
                        AcknowledgementQueuer.model(BAC_AI, PHUOC_DAI, accepted(ONE_OFF, NOW), ZONE),
                        AcknowledgementQueuer.model(BAC_AI, PHUOC_DAI, accepted(WEEKLY, NOW), ZONE),
                        AcknowledgementQueuer.model(BAC_AI, PHUOC_DAI, partial(ONE_OFF, NOW.minusDays(7), ""), ZONE),
                        AcknowledgementQueuer.model(BAC_AI, PHUOC_DAI_ADDRESSED,
                                partial(ONE_OFF, NOW, "RE: Nhắc báo cáo Công văn số 319/MTTQ-BTT [RB-K7Q2M]"), ZONE),
                        AcknowledgementQueuer.model(BAC_AI, PHUOC_DAI, accepted(UNNUMBERED, NOW), ZONE)),
                "reminder", List.of(
                        ReminderJob.model(BAC_AI, PHUOC_TAN, ONE_OFF, task(ONE_OFF, null), LocalDate.of(2021, 9, 21), false,
                                List.of()),
                        ReminderJob.model(BAC_AI, PHUOC_TAN, ONE_OFF, task(ONE_OFF, null), NOW.toLocalDate(), true, List.of()),
                        ReminderJob.model(BAC_AI, PHUOC_TAN, ONE_OFF, partial(ONE_OFF), NOW.toLocalDate(), true, List.of()),
                        ReminderJob.model(BAC_AI, PHUOC_TAN, ONE_OFF, new ReportingTask(7, 1, "phuoc-tan", "", null, null,
                                "OPEN", null), NOW.toLocalDate(), false, List.of()),
                        ReminderJob.model(BAC_AI, PHUOC_TAN, WEEKLY, task(WEEKLY, null), NOW.toLocalDate(), false,
                                List.of("tuần 38/2021 (13/09 – 19/09/2021)")),
                        ReminderJob.model(BAC_AI, PHUOC_TAN, WEEKLY, partial(WEEKLY), NOW.toLocalDate().plusDays(5),
                                true, List.of())),
                "digest", List.of(digest(), DigestJob.model(BAC_AI, NOW, null, List.of(), 0, List.of(), 0, null, List.of(),
                        List.of(), List.of(), List.of())),
                "address-bounced", List.of(
                        BouncedAddressNotifier.model(BAC_AI, PHUOC_DAI, "mttq.phuocdai@gmail.com", "mailer-daemon@googlemail.com",
                                "Delivery Status Notification (Failure)", "The email account that you tried to reach does"
                                        + " not exist.", NOW),
                        BouncedAddressNotifier.model(BAC_AI, PHUOC_DAI, "mttq.phuocdai@gmail.com", null, "", null, NOW)),
                "announcement", List.of(
                        AnnouncementQueuer.model(BAC_AI, PHUOC_TAN, imported(ONE_OFF, "CV 319 MTTQ-BTT.docx")),
                        AnnouncementQueuer.model(BAC_AI, PHUOC_TAN, imported(WEEKLY, null))),
                "dispatch-imported", List.of(
                        staffReply(answered(Outcome.IMPORTED, ONE_OFF, null, "CV 319 MTTQ-BTT.docx")),
                        staffReply(answered(Outcome.IMPORTED, WEEKLY, null, null))),
                "dispatch-not-imported", List.of(
                        staffReply(answered(Outcome.ALREADY_IMPORTED, ONE_OFF, null, "CV 319 MTTQ-BTT.docx")),
                        staffReply(answered(Outcome.NOT_IMPORTED, ONE_OFF, "hai-hau-bdv", "CV 22.docx")),
                        staffReply(answered(Outcome.NOT_IMPORTED, null, null, null))),
                "login-link", List.of(
                        LoginLinkMail.model(BAC_AI, BAC_AI.staff().get(0), "https://baocao.example.vn/login/link/"
                                + "Qm9uIGpvdXIgbGUgbW9uZGUgZGUgbGEgcmVwb3J0Ym90", java.time.Duration.ofMinutes(15),
                                NOW.plusMinutes(15)),
                        LoginLinkMail.model(BAC_AI, new StaffMember(null, "van-thu@bacai.example"),
                                "http://127.0.0.1:8080/login/link/abc", java.time.Duration.ofMinutes(5),
                                NOW.plusMinutes(5))));
    }

    /** A report that names every numbered task of the dispatch (if it has any): nothing is left due. */
    private static ReportAccepted accepted(KnownDispatch dispatch, ZonedDateTime sent) {
        String period = dispatch.periodLabel(sent.toLocalDate());
        return new ReportAccepted(41, "bac-ai-mttq", "phuoc-dai", dispatch, dispatch.ordinals(), period,
                "mttq.phuocdai@gmail.com", "<CAB7x2@mail.gmail.com>", sent.toOffsetDateTime(),
                List.of("Bao cao 319 Phuoc Dai.docx"), dispatch.ordinals(), List.of(),
                "Báo cáo kết quả thực hiện CV " + dispatch.number(), List.of());
    }

    /** A report of the dispatch's first numbered task only: the others are still due. */
    private static ReportAccepted partial(KnownDispatch dispatch, ZonedDateTime sent, String subject) {
        List<Integer> ordinals = dispatch.ordinals();
        return new ReportAccepted(42, "bac-ai-mttq", "phuoc-dai", dispatch, ordinals.subList(0, 1),
                dispatch.periodLabel(sent.toLocalDate()), "mttq.phuocdai@gmail.com", null, sent.toOffsetDateTime(),
                List.of(), ordinals.subList(0, 1), ordinals.subList(1, ordinals.size()), subject,
                List.of("<reminder.1@reportbot.local>"));
    }

    private static ReportingTask task(KnownDispatch dispatch, OffsetDateTime reportedAt) {
        ReportingPeriod period = dispatch.periodOn(NOW.toLocalDate());
        return new ReportingTask(7, dispatch.id(), "phuoc-tan", period.key(), period.start(), period.due(), "OPEN",
                reportedAt);
    }

    /** A task of which the unit reported the first numbered task only. */
    private static ReportingTask partial(KnownDispatch dispatch) {
        ReportingPeriod period = dispatch.periodOn(NOW.toLocalDate());
        return new ReportingTask(7, dispatch.id(), "phuoc-tan", period.key(), period.start(), period.due(), "OPEN", null,
                Map.of(1, NOW.minusDays(1).toOffsetDateTime()));
    }

    private static Map<String, Object> digest() {
        OffsetDateTime reported = NOW.minusDays(4).toOffsetDateTime();
        ReportingTask done = new ReportingTask(8, ONE_OFF.id(), "phuoc-dai", "", null, ONE_OFF.deadline(), "REPORTED",
                reported);
        ReportingTask late = new ReportingTask(9, ONE_OFF.id(), "phuoc-tan", "", null, ONE_OFF.deadline(), "REPORTED",
                NOW.toOffsetDateTime());
        ReportingTask open = new ReportingTask(10, WEEKLY.id(), "phuoc-dai", "", null, null, "OPEN", null);
        ReportingTask partial = new ReportingTask(11, WEEKLY.id(), "phuoc-tan", "", null, NOW.toLocalDate().minusDays(1),
                "OPEN", null, Map.of(1, NOW.minusDays(3).toOffsetDateTime()));
        ReportView report = new ReportView(41, reported, reported.minusMinutes(1), "mttq.phuocdai@gmail.com", "Báo cáo CV 319", null,
                "<CAB7x2@mail.gmail.com>", "REPORT", "MATCHED", "bac-ai-mttq", "phuoc-dai", "319/MTTQ-BTT", ONE_OFF.id(),
                8L, List.of(1, 2), 0.97, List.of(), List.of("Báo cáo 319 Phước Đại.docx (46080 bytes)"));
        ReportText said = new ReportText("Kính gửi Ban Thường trực,\n\nXã Phước Đại gửi báo cáo (file đính kèm).\n\nTrân trọng,"
                + "\nPinăng Văn Tư", "[Báo cáo 319 Phước Đại.docx]\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
                + "\nBÁO CÁO\nBan Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại đã tổ chức tuyên truyền đến 100% thôn.");
        ReportView review = new ReportView(44, NOW.minusDays(2).toOffsetDateTime(), null, "nguyenvana1980@gmail.com",
                "Gửi báo cáo tháng 9", null, "<abc@mail.gmail.com>", "REPORT", "NEEDS_REVIEW", "bac-ai-mttq", null, null,
                null, null, List.of(), 0.4, List.of("unknown sender"), List.of());
        ReportView bounce = new ReportView(42, NOW.minusDays(2).toOffsetDateTime(), null, "mailer-daemon@googlemail.com",
                "Delivery Status Notification (Failure)", null, "<bounce@mx.google.com>", "BOUNCE", "IGNORED", "bac-ai-mttq",
                "phuoc-tan", null, null, null, List.of(), 1.0, List.of(), List.of());
        Instant failedAt = NOW.minusHours(20).toInstant();
        List<Outbox.FailedMail> failed = List.of(
                new Outbox.FailedMail("ack:41", "acknowledgement", "bac-ai-mttq", "phuoc-dai",
                        List.of("mttq.phuocdai@gmail.com"), "FAILED", "Không tạo được thư từ mẫu acknowledgement.txt.ftl"
                        + " dòng 3, cột 5: mẫu dùng tên “untiName” mà dữ liệu của thư không có", failedAt),
                new Outbox.FailedMail("digest:bac-ai-mttq:2021-09-26", "digest", "bac-ai-mttq", null,
                        List.of("ben.nv@bacai.example"), "INTERRUPTED", "Máy chủ thư đã nhận nội dung thư nhưng không trả lời"
                        + " (Read timed out): không rõ thư đã được gửi hay chưa, nên hệ thống không gửi lại.", failedAt));
        List<MailAttachment> files = List.of(
                new MailAttachment("Tổng hợp báo cáo 27-09-2021.xlsx", "application/vnd.openxmlformats-officedocument"
                        + ".spreadsheetml.sheet", new byte[46_000]),
                new MailAttachment("Dự thảo báo cáo tổng hợp 27-09-2021.docx", "application/vnd.openxmlformats-officedocument"
                        + ".wordprocessingml.document", new byte[1_300_000]));
        return DigestJob.model(BAC_AI, NOW, NOW.minusDays(7),
                List.of(DigestJob.reportModel(BAC_AI, report, java.util.Optional.of(said), false, ZONE)), 12,
                List.of(DigestJob.becameLate(BAC_AI, WEEKLY, List.of(open, partial),
                        java.util.Optional.of(NOW.minusDays(7).toInstant()), NOW)),
                3, DigestJob.reviewModel(review, ZONE),
                List.of(DigestJob.dispatchModel(BAC_AI, ONE_OFF, List.of(done, late), NOW.toLocalDate()),
                        DigestJob.dispatchModel(BAC_AI, WEEKLY, List.of(open, partial), NOW.toLocalDate())),
                DigestJob.bouncedUnits(BAC_AI, List.of(bounce), NOW), DigestJob.failedMails(BAC_AI, failed, ZONE),
                DigestJob.files(files));
    }

    private static DispatchJson parsed(KnownDispatch dispatch) {
        return new DispatchJson(dispatch.id(), "CV 319 MTTQ-BTT.docx", dispatch.number(), dispatch.issuedOn(), "Bác Ái",
                "bac-ai-mttq", BAC_AI.name(), dispatch.subject(), List.of("Ban Thường trực Ủy ban MTTQVN các xã"),
                dispatch.tasks(), dispatch.tasks().size(), BAC_AI.mailbox(), dispatch.deadline(), dispatch.cadence(),
                "Nguyễn Văn Bền", "PHÓ CHỦ TỊCH", List.of("1059/MTTQ-BTT"));
    }

    private static DispatchImported imported(KnownDispatch dispatch, String documentName) {
        ImportedDispatch imported = new ImportedDispatch(dispatch.id(), "bac-ai-mttq", parsed(dispatch), 2,
                dispatch.periodOn(NOW.toLocalDate()));
        return new DispatchImported(imported, dispatch, List.of("phuoc-dai", "phuoc-tan"), documentName);
    }

    private static StaffDispatchAnswered answered(Outcome outcome, KnownDispatch dispatch, String otherOffice,
                                                  String source) {
        List<StaffDispatchAnswered.Problem> problems = outcome == Outcome.NOT_IMPORTED && dispatch == null
                ? List.of(new StaffDispatchAnswered.Problem("CV 319.pdf", "scanned PDF: no text layer"))
                : List.of(new StaffDispatchAnswered.Problem("CV 320.docx", "only the first dispatch of a mail is imported"));
        return new StaffDispatchAnswered(43, "bac-ai-mttq", "ben.nv@bacai.example", "Nguyễn Văn Bền",
                "<staff-1@bacai.example>", NOW.toOffsetDateTime(), "Gửi công văn 319", outcome,
                dispatch == null ? null : parsed(dispatch), outcome == Outcome.NOT_IMPORTED ? null : dispatch,
                dispatch == null ? null : dispatch.periodOn(NOW.toLocalDate()),
                List.of(PHUOC_DAI.name(), PHUOC_TAN.name()), source, otherOffice, problems);
    }

    private static Map<String, Object> staffReply(StaffDispatchAnswered answered) {
        String otherOfficeName = answered.otherOfficeId() == null ? "" : "Ban Dân vận Huyện ủy Hải Hậu";
        return StaffReplyQueuer.model(answered, BAC_AI, otherOfficeName, true, ZONE);
    }
}
