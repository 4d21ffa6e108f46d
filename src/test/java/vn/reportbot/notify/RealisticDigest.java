package vn.reportbot.notify;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatchtext.Cadence;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.report.ReportText;
import vn.reportbot.report.ReportView;
import vn.reportbot.task.ReportingTask;

/**
 * A busy Friday's digest of Hải Hậu's Ban Dân vận (34 communes of the example directory), built by the methods that
 * build the real one: reports with long file names and real-looking words, a weekly and two one-off dispatches, units
 * that became late, a review list, bounces, a failed mail and both files.
 */
final class RealisticDigest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final ZonedDateTime NOW = ZonedDateTime.of(2021, 10, 1, 16, 30, 0, 0, ZONE);

    private RealisticDigest() {
    }

    static Map<String, Object> model() {
        Directory directory = DirectoryLoader.load(java.nio.file.Path.of("config/directory.yml"));
        Office office = directory.requireOffice("hai-hau-bdv");
        List<Unit> units = office.units();
        List<DispatchTask> tasks = List.of(new DispatchTask(1, "Tuyên truyền, vận động"),
                new DispatchTask(2, "Báo cáo kết quả thực hiện"));
        KnownDispatch monthly = new KnownDispatch(1, office.id(), "22-CV/BDVHU", LocalDate.of(2021, 7, 27),
                "Tiếp tục tham mưu cấp ủy lãnh đạo, chỉ đạo công tác dân vận trong phòng, chống dịch COVID-19 và phát triển"
                        + " kinh tế - xã hội trên địa bàn", LocalDate.of(2021, 9, 30), tasks);
        KnownDispatch weekly = new KnownDispatch(2, office.id(), "31-CV/BDVHU", LocalDate.of(2021, 9, 1),
                "Báo cáo tình hình nhân dân hằng tuần", null, tasks,
                new Cadence(Cadence.Frequency.WEEKLY, DayOfWeek.THURSDAY, null, LocalTime.of(15, 0), "hằng tuần"));
        KnownDispatch old = new KnownDispatch(3, office.id(), "18-CV/BDVHU", LocalDate.of(2021, 6, 2),
                "Sơ kết 6 tháng đầu năm 2021 việc thực hiện Quy chế dân chủ ở cơ sở", LocalDate.of(2021, 10, 15), tasks);

        List<ReportingTask> monthlyTasks = new ArrayList<>();
        List<ReportView> reports = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            OffsetDateTime at = NOW.minusHours(3L * i + 2).toOffsetDateTime();
            boolean reported = i < 14;
            boolean partial = i >= 14 && i < 17;
            monthlyTasks.add(new ReportingTask(100 + i, monthly.id(), unit.id(), "", null, monthly.deadline(),
                    reported ? "REPORTED" : "OPEN", reported ? at : null,
                    partial ? Map.of(1, at) : Map.of()));
            if (reported && i < 12) {
                reports.add(new ReportView(500 + i, at, at.minusMinutes(2), unit.emails().get(0),
                        "Báo cáo kết quả thực hiện Công văn số 22-CV/BDVHU", null, "<r" + i + "@mail.gmail.com>", "REPORT",
                        "MATCHED", office.id(), unit.id(), monthly.number(), monthly.id(), 100L + i, List.of(1, 2), 0.96,
                        List.of(), List.of("Bao_cao_ket_qua_thuc_hien_Cong_van_22-CV_BDVHU_" + unit.id().replace('-', '_')
                                + "_thang_9_nam_2021_ban_chinh_thuc.docx (" + (38_000 + 9_000 * i) + " bytes)",
                                "Phụ lục số liệu.xlsx (1350000 bytes)")));
            }
        }
        List<ReportingTask> weeklyTasks = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            weeklyTasks.add(new ReportingTask(200 + i, weekly.id(), units.get(i).id(), "2021-W39", LocalDate.of(2021, 9, 27),
                    LocalDate.of(2021, 9, 30), i % 3 == 0 ? "REPORTED" : "OPEN",
                    i % 3 == 0 ? NOW.minusDays(1).toOffsetDateTime() : null));
        }
        List<ReportingTask> oldTasks = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            oldTasks.add(new ReportingTask(300 + i, old.id(), units.get(i).id(), "", null, old.deadline(),
                    i < 30 ? "REPORTED" : "OPEN", i < 30 ? NOW.minusDays(20).toOffsetDateTime() : null));
        }
        List<Map<String, Object>> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(DigestJob.REPORTS_SHOWN, reports.size()); i++) {
            ReportText text = i % 2 == 0
                    ? new ReportText("Kính gửi Ban Dân vận Huyện ủy,\n\nBan Dân vận xã gửi báo cáo kết quả thực hiện (file"
                    + " đính kèm).\n\nTrân trọng,\nNguyễn Văn Hùng", "[Báo cáo.docx]\nĐẢNG BỘ HUYỆN HẢI HẬU\nĐẢNG ỦY XÃ\n"
                    + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15-BC/ĐU\nHải Hậu, ngày 28 tháng 9"
                    + " năm 2021\nBÁO CÁO\nKết quả công tác dân vận tháng 9 năm 2021\nThực hiện Công văn số 22-CV/BDVHU, Ban"
                    + " Dân vận xã đã tham mưu Đảng ủy chỉ đạo các chi bộ, đoàn thể tuyên truyền sâu rộng đến 100% xóm, đội;"
                    + " vận động nhân dân tiêm vắc-xin đạt 97,5%; tổ chức 12 buổi đối thoại với nhân dân về công tác giải"
                    + " phóng mặt bằng và xây dựng nông thôn mới kiểu mẫu.")
                    : new ReportText("Kính gửi Ban Dân vận Huyện ủy Hải Hậu,\n\nThực hiện Công văn số 22-CV/BDVHU, trong tháng"
                    + " 9 Ban Dân vận xã đã phối hợp với Mặt trận Tổ quốc và các đoàn thể vận động nhân dân thực hiện"
                    + " nghiêm 5K, tham gia trực chốt kiểm soát dịch; đến nay 100% hộ gia đình ký cam kết. Khó khăn: kinh phí"
                    + " hỗ trợ lực lượng trực chốt còn chậm.\n\nTrân trọng.", "");
            shown.add(DigestJob.reportModel(office, reports.get(i), Optional.of(text), i == 3, ZONE));
        }
        List<Map<String, Object>> late = new ArrayList<>();
        Optional<java.time.Instant> since = Optional.of(NOW.minusDays(7).toInstant());
        late.add(DigestJob.becameLate(office, monthly, monthlyTasks, since, NOW));
        late.add(DigestJob.becameLate(office, weekly, weeklyTasks, since, NOW));
        ReportView review = new ReportView(900, NOW.minusDays(5).toOffsetDateTime(), null,
                "nguyen.thi.thanh.huong.haiphong.1987@gmail.com", "Fwd: Gửi báo cáo tháng 9 của xã (bản sửa lần 2)", null,
                "<x@mail.gmail.com>", "REPORT", "NEEDS_REVIEW", office.id(), null, null, null, null, List.of(), 0.3,
                List.of(), List.of());
        ReportView bounce = new ReportView(901, NOW.minusDays(3).toOffsetDateTime(), null, "mailer-daemon@googlemail.com",
                "Delivery Status Notification (Failure)", null, "<b@mx>", "BOUNCE", "IGNORED", office.id(),
                units.get(20).id(), null, null, null, List.of(), 1.0, List.of(), List.of());
        List<Outbox.FailedMail> failed = List.of(new Outbox.FailedMail("reminder:1:x", "reminder", office.id(),
                units.get(21).id(), units.get(21).emails(), "FAILED", "Máy chủ thư không nhận thư: 550 5.1.1 The email"
                + " account that you tried to reach does not exist", NOW.minusDays(2).toInstant()));
        List<MailAttachment> files = List.of(
                new MailAttachment("Tổng hợp báo cáo Ban Dân vận Hải Hậu 01-10-2021.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        new byte[87_000]),
                new MailAttachment("Dự thảo báo cáo tổng hợp 01-10-2021.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[1_280_000]));
        return DigestJob.model(office, NOW, NOW.minusDays(7), shown, reports.size() + 3, late, 4,
                DigestJob.reviewModel(review, ZONE),
                List.of(DigestJob.dispatchModel(office, weekly, weeklyTasks, NOW.toLocalDate()),
                        DigestJob.dispatchModel(office, monthly, monthlyTasks, NOW.toLocalDate()),
                        DigestJob.dispatchModel(office, old, oldTasks, NOW.toLocalDate())),
                DigestJob.bouncedUnits(office, List.of(bounce), NOW), DigestJob.failedMails(office, failed, ZONE),
                DigestJob.files(files));
    }
}
