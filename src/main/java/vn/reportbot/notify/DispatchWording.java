package vn.reportbot.notify;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;

import vn.reportbot.dispatchtext.Cadence;

/**
 * The Vietnamese the mails about a dispatch use for what the service knows in its own terms: a cadence, and why a
 * document sent as a dispatch was not imported (the readers and the parser say why in plain English, for the logs
 * and the API).
 */
final class DispatchWording {

    private static final Map<DayOfWeek, String> WEEKDAYS = Map.of(
            DayOfWeek.MONDAY, "thứ Hai", DayOfWeek.TUESDAY, "thứ Ba", DayOfWeek.WEDNESDAY, "thứ Tư",
            DayOfWeek.THURSDAY, "thứ Năm", DayOfWeek.FRIDAY, "thứ Sáu", DayOfWeek.SATURDAY, "thứ Bảy",
            DayOfWeek.SUNDAY, "Chủ nhật");

    private DispatchWording() {
    }

    /**
     * How often reports are due, as a clause: {@code hằng tuần, hạn trước 15 giờ 00 thứ Năm}, {@code hằng tháng, hạn
     * ngày 25}; the empty string for a one-off dispatch (null).
     */
    static String cadence(Cadence cadence) {
        if (cadence == null) {
            return "";
        }
        return switch (cadence.frequency()) {
            case DAILY -> "hằng ngày" + (cadence.time() == null ? "" : ", hạn trước " + time(cadence.time()));
            case WEEKLY -> "hằng tuần, hạn " + (cadence.time() == null ? "" : "trước " + time(cadence.time()) + " ")
                    + WEEKDAYS.get(cadence.weekday() == null ? DayOfWeek.FRIDAY : cadence.weekday());
            case MONTHLY -> "hằng tháng, hạn " + (cadence.dayOfMonth() == null ? "ngày cuối tháng"
                    : "ngày " + cadence.dayOfMonth());
            case QUARTERLY -> "hằng quý, hạn " + (cadence.dayOfMonth() == null ? "ngày cuối quý"
                    : "ngày " + cadence.dayOfMonth() + " của tháng cuối quý");
            case ONGOING -> "thường xuyên";
        };
    }

    private static String time(LocalTime time) {
        return time.getHour() + " giờ " + String.format(Locale.ROOT, "%02d", time.getMinute());
    }

    /**
     * Why a document was not imported, as a sentence that follows the file's name and a colon: {@code tệp là bản
     * scan …}. Unknown reasons get a general sentence rather than English.
     */
    static String problem(String detail) {
        String d = detail == null ? "" : detail.toLowerCase(Locale.ROOT);
        if (d.startsWith("text not read: ")) {
            d = d.substring("text not read: ".length());
        }
        if (d.startsWith("only the first dispatch of a mail")) {
            return "đây là công văn thứ hai trong cùng một thư; mỗi thư hệ thống chỉ nhập một công văn, đề nghị gửi"
                    + " công văn này bằng một thư riêng.";
        }
        if (d.startsWith("scanned pdf")) {
            return "tệp là bản scan (ảnh chụp), không có lớp chữ nên hệ thống không đọc được nội dung; đề nghị gửi tệp"
                    + " Word (.docx, .doc) hoặc tệp PDF có lớp chữ.";
        }
        if (d.contains("password")) {
            return "tệp được đặt mật khẩu nên hệ thống không mở được; đề nghị gửi lại tệp không đặt mật khẩu.";
        }
        if (d.startsWith("zip bomb")) {
            return "tệp có cấu trúc nén bất thường nên hệ thống từ chối mở.";
        }
        if (d.startsWith("too large") || d.contains(" limit for reading attachments")) {
            return "tệp quá lớn, vượt dung lượng hệ thống đọc được.";
        }
        if (d.startsWith("reading took longer")) {
            return "tệp đọc quá lâu nên hệ thống đã dừng đọc.";
        }
        if (d.startsWith("only the first") && d.contains("documents of a message")) {
            return "thư có quá nhiều tệp đính kèm; hệ thống chỉ đọc các tệp đầu tiên.";
        }
        if (d.startsWith("unsupported format")) {
            return "hệ thống không đọc được định dạng của tệp này; công văn cần ở dạng .docx, .doc, .pdf, .odt hoặc .txt.";
        }
        if (d.startsWith("empty text")) {
            return "tệp không có nội dung chữ.";
        }
        if (d.startsWith("no dispatch number found")) {
            return "hệ thống không tìm thấy số, ký hiệu văn bản (dòng có dạng “Số: 319/MTTQ-BTT” hoặc “Số 22-CV/BDVHU”).";
        }
        if (d.startsWith("not a dispatch")) {
            return "văn bản không phải là công văn: hệ thống không tìm thấy số, ký hiệu, cơ quan ban hành, trích yếu hay"
                    + " nhiệm vụ được đánh số nào.";
        }
        if (d.startsWith("no issuing body found")) {
            return "hệ thống không tìm thấy tên cơ quan ban hành (các dòng chữ in hoa ở đầu văn bản, như “ỦY BAN MTTQ"
                    + " VIỆT NAM / HUYỆN BÁC ÁI / BAN THƯỜNG TRỰC”).";
        }
        if (d.startsWith("no summary line")) {
            return "hệ thống không tìm thấy trích yếu (dòng bắt đầu bằng “V/v” hoặc “Về” ngay dưới số văn bản).";
        }
        if (d.startsWith("damaged") || d.startsWith("not a") || d.contains("cannot be opened")) {
            return "tệp bị hỏng hoặc không đúng định dạng như phần mở rộng của tên tệp.";
        }
        return "hệ thống không đọc được nội dung tệp.";
    }
}
