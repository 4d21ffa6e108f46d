package vn.reportbot.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reasons in Vietnamese for the review page. The matcher words its reasons in Vietnamese, but messages recorded
 * before it did keep their English reasons, and the problems of attachments ({@code intake}'s) are still English;
 * each known English wording is turned into Vietnamese here, with the names and numbers it carries kept. A reason
 * of no known wording (those already in Vietnamese) is shown as it is.
 */
final class ReasonWording {

    private static final Map<String, String> SENT_MAIL = Map.of("acknowledgement", "thư xác nhận đã nhận báo cáo",
            "reminder", "thư nhắc báo cáo", "announcement", "thư thông báo công văn", "digest", "thư tổng hợp");

    private record Wording(Pattern english, Function<Matcher, String> vietnamese) {
    }

    private static final List<Wording> WORDINGS = List.of(
            wording("sender claims a registered address of (.+), but the receiving server (?:\\((.+)\\) )?found (.+):"
                            + " the address may be forged, so a person must confirm",
                    m -> "Người gửi dùng địa chỉ đã đăng ký của " + m.group(1) + ", nhưng máy chủ nhận thư"
                            + (m.group(2) == null ? "" : " (" + m.group(2) + ")") + " phát hiện " + m.group(3)
                            + ": địa chỉ có thể bị giả mạo nên cần người xác nhận"),
            wording("sender claims a registered address of (.+), but (.+): the address may be forged, so a person must"
                            + " confirm",
                    m -> "Người gửi dùng địa chỉ đã đăng ký của " + m.group(1) + ", nhưng " + m.group(2)
                            + ": địa chỉ có thể bị giả mạo nên cần người xác nhận"),
            wording("sender's address was confirmed by staff for (.+)",
                    m -> "Địa chỉ người gửi đã được cán bộ xác nhận là của " + m.group(1)),
            wording("sender is a registered address of (.+)", m -> "Người gửi là địa chỉ đã đăng ký của " + m.group(1)),
            wording("sender is registered for (.+) of office (\\S+), not of (\\S+)",
                    m -> "Người gửi đã đăng ký cho " + m.group(1) + " thuộc cơ quan " + m.group(2) + ", không thuộc "
                            + m.group(3)),
            wording("sender (\\S+) is staff of the office, not a reporting unit",
                    m -> "Người gửi " + m.group(1) + " là cán bộ của cơ quan, không phải đơn vị báo cáo"),
            wording("sender (\\S+) is not a registered address",
                    m -> "Người gửi " + m.group(1) + " không phải là địa chỉ đã đăng ký của đơn vị nào"),
            wording("no office's mailbox is among the recipients and the sender is not a registered unit address",
                    m -> "Không có hộp thư của cơ quan nào trong số người nhận và người gửi không phải là địa chỉ đã"
                            + " đăng ký của đơn vị nào"),
            wording("the message seems to come from (.+): a person must confirm",
                    m -> "Thư có vẻ do " + m.group(1) + " gửi: cần người xác nhận"),
            wording("subject names (\\S+)", m -> "Tiêu đề thư nêu số công văn " + m.group(1)),
            wording("body names (\\S+)", m -> "Nội dung thư nêu số công văn " + m.group(1)),
            wording("attachment name names (\\S+)", m -> "Tên tệp đính kèm nêu số công văn " + m.group(1)),
            wording("attachment (.+) names (\\S+)",
                    m -> "Tệp đính kèm " + m.group(1) + " nêu số công văn " + m.group(2)),
            wording("replies to the bot's (\\S+) about (\\S+)",
                    m -> "Thư trả lời " + SENT_MAIL.getOrDefault(m.group(1), "thư") + " của hệ thống về công văn "
                            + m.group(2)),
            wording("the office has no dispatch on record", m -> "Cơ quan chưa có công văn nào trong hệ thống"),
            wording("no dispatch number found; (\\S+) is the office's only dispatch",
                    m -> "Không tìm thấy số công văn; " + m.group(1) + " là công văn duy nhất của cơ quan"),
            wording("no dispatch number, but the report's words match (\\S+): (.*)",
                    m -> "Không có số công văn, nhưng nội dung báo cáo khớp với công văn " + m.group(1) + ": "
                            + m.group(2)),
            wording("no dispatch number found; closest by subject matter: (.*)",
                    m -> "Không tìm thấy số công văn; gần nhất theo nội dung: " + m.group(1)),
            wording("no dispatch number found among the office's (\\d+) dispatches",
                    m -> "Không tìm thấy số công văn nào trong " + m.group(1) + " công văn của cơ quan"),
            wording("the message cannot be read: not a readable email message: its header has more than (\\d+) fields",
                    m -> "Không đọc được thư: phần đầu thư có hơn " + m.group(1) + " trường"),
            wording("the message cannot be read: not a readable email message: a field of its header is longer than"
                    + " (\\d+) KB", m -> "Không đọc được thư: một trường ở phần đầu thư dài hơn " + m.group(1) + " KB"),
            wording("the message cannot be read: not a readable email message: a line of its header is longer than"
                    + " (\\d+) characters",
                    m -> "Không đọc được thư: một dòng ở phần đầu thư dài hơn " + m.group(1) + " ký tự"),
            wording("the message cannot be read: not an email message: no header fields found at the start",
                    m -> "Không đọc được thư: đây không phải là thư điện tử (đầu thư không có trường nào)"),
            wording("the message cannot be read: not an email message: no From, Date or Message-ID header",
                    m -> "Không đọc được thư: đây không phải là thư điện tử (không có From, Date hay Message-ID)"),
            wording("the message cannot be read: (.+)", m -> "Không đọc được thư: " + m.group(1)),
            wording("raw message kept as (\\S+)", m -> "Thư gốc được lưu dưới mã " + m.group(1)),
            wording("attachment (.+?): (.+)", m -> "Tệp đính kèm " + m.group(1) + ": " + problem(m.group(2))));

    /** Why an attachment's text was not read, or read in part ({@code intake}'s wordings). */
    private static final List<Wording> PROBLEMS = List.of(
            wording("only the first (\\d+) characters of its text were read",
                    m -> "chỉ đọc được " + m.group(1) + " ký tự đầu của nội dung"),
            wording("text not read: reading took longer than (\\d+(?:\\.\\d+)?) seconds",
                    m -> "không đọc được nội dung: đọc quá " + m.group(1).replace('.', ',') + " giây"),
            wording("text not read: the document needs more memory than the service has",
                    m -> "không đọc được nội dung: văn bản cần nhiều bộ nhớ hơn hệ thống có"),
            wording("text not read: the document cannot be opened \\((.*)\\)",
                    m -> "không đọc được nội dung: không mở được văn bản (" + m.group(1) + ")"),
            wording("text not read: interrupted", m -> "không đọc được nội dung: bị gián đoạn"),
            wording("text not read: the service was busy reading other documents \\((\\d+) at once, (\\d+) waiting\\)",
                    m -> "không đọc được nội dung: hệ thống đang bận đọc các văn bản khác (" + m.group(1)
                            + " văn bản cùng lúc, " + m.group(2) + " văn bản chờ); cần xem tệp này"),
            wording("text not read: the documents of the message took longer than (\\d+(?:\\.\\d+)?) seconds together",
                    m -> "không đọc được nội dung: các tệp của thư đã đọc quá " + m.group(1).replace('.', ',')
                            + " giây tổng cộng"),
            wording("text not read: (.+), over the (.+) limit for reading attachments",
                    m -> "không đọc được nội dung: " + m.group(1) + ", vượt giới hạn " + m.group(2)
                            + " cho tệp đính kèm"),
            wording("text not read: only the first (\\d+) documents of a message are read",
                    m -> "không đọc được nội dung: mỗi thư chỉ đọc " + m.group(1) + " tệp đầu tiên"),
            wording("text not read: (.+)", m -> "không đọc được nội dung: " + m.group(1)));

    private ReasonWording() {
    }

    private static Wording wording(String english, Function<Matcher, String> vietnamese) {
        return new Wording(Pattern.compile(english, Pattern.DOTALL), vietnamese);
    }

    /** The reason in Vietnamese: the known English wordings translated, any other as it is. */
    static String inVietnamese(String reason) {
        return translated(WORDINGS, reason);
    }

    private static String problem(String problem) {
        return translated(PROBLEMS, problem);
    }

    private static String translated(List<Wording> wordings, String reason) {
        for (Wording w : wordings) {
            Matcher m = w.english().matcher(reason);
            if (m.matches()) {
                return w.vietnamese().apply(m);
            }
        }
        return reason;
    }
}
