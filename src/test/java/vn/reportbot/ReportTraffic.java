package vn.reportbot;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;

/**
 * A busy reporting season in both offices' mailboxes: communes answering dispatch 319/MTTQ-BTT (Bác Ái) and
 * 22-CV/BDVHU (Hải Hậu) from their registered addresses, in the spellings they use, as plain text, base64 or
 * quoted-printable, some with an attachment; among them auto-replies and reports from personal addresses. Each
 * message has a Message-ID of its own and the decision the bot is expected to reach.
 */
final class ReportTraffic {

    /** One message to deliver to {@code mailbox}. */
    record Mail(String messageId, String officeId, String mailbox, String from, String expectedDecision, byte[] raw) {
    }

    private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);
    private static final ZonedDateTime SEASON = ZonedDateTime.of(2021, 9, 20, 7, 30, 0, 0, ZoneOffset.ofHours(7));

    private static final List<String> BAC_AI_SUBJECTS = List.of(
            "Báo cáo kết quả thực hiện Công văn số 319/MTTQ-BTT",
            "BC thực hiện CV 319 /MTTQ-BTT",
            "Bao cao thuc hien cong van 319/MTTQ-BTT %s",
            "V/v báo cáo theo CV số 319",
            "bc cv319",
            "Báo cáo CV 319/MTTQ-BTT %s",
            "Re: báo cáo 319/mttq-btt");
    private static final List<String> HAI_HAU_SUBJECTS = List.of(
            "Báo cáo thực hiện Công văn số 22-CV/BDVHU",
            "Bao cao CV 22/CV-BDVHU %s",
            "Bao cao 22-CV/BDVHU",
            "Báo cáo công tác phòng chống dịch (CV 22-CV/BDVHU)",
            "Báo cáo thực hiện CV 22",
            "BC 22-CV/BDVHU %s",
            "BC CV22");
    private static final List<String> PEOPLE = List.of("Nguyễn Văn An", "Trần Thị Hằng", "Lê Văn Long", "Phạm Thị Lan",
            "Pinăng Văn Tư", "Chamaléa Thị Hoa", "Đỗ Minh Tuấn", "Vũ Thị Mai");

    private ReportTraffic() {
    }

    /** {@code count} messages, the same ones for the same {@code seed}. */
    static List<Mail> generate(Directory directory, int count, long seed) {
        Random random = new Random(seed);
        Office bacAi = directory.requireOffice("bac-ai-mttq");
        Office haiHau = directory.requireOffice("hai-hau-bdv");
        List<Mail> mails = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Office office = random.nextInt(100) < 55 ? bacAi : haiHau;
            Unit unit = office.units().get(random.nextInt(office.units().size()));
            ZonedDateTime date = SEASON.plusMinutes(7L * i + random.nextInt(7));
            String messageId = "<CA" + Long.toHexString(random.nextLong() & Long.MAX_VALUE) + "." + i + "@mail.gmail.com>";
            int kind = random.nextInt(100);
            if (kind < 7) {
                mails.add(autoReply(office, unit, messageId, date));
            } else if (kind < 14) {
                mails.add(fromPersonalAddress(office, unit, messageId, date, random));
            } else {
                mails.add(report(office, unit, messageId, date, random));
            }
        }
        return mails;
    }

    private static Mail report(Office office, Unit unit, String messageId, ZonedDateTime date, Random random) {
        boolean bacAi = office.id().equals("bac-ai-mttq");
        List<String> subjects = bacAi ? BAC_AI_SUBJECTS : HAI_HAU_SUBJECTS;
        String subject = subjects.get(random.nextInt(subjects.size()));
        subject = subject.contains("%s") ? subject.formatted(random.nextBoolean() ? unit.name() : ascii(unit.name())) : subject;
        String number = bacAi ? "319/MTTQ-BTT" : "22-CV/BDVHU";
        String body = "Kính gửi " + office.name() + ",\n\n"
                + (bacAi ? "Ban Thường trực Ủy ban MTTQ Việt Nam " : "Khối dân vận đảng ủy ") + lower(unit.name())
                + " báo cáo kết quả thực hiện Công văn số " + number + " như sau:\n"
                + "- Đã tổ chức " + (2 + random.nextInt(9)) + " buổi tuyên truyền tại các thôn, với "
                + (40 + random.nextInt(400)) + " lượt người tham dự;\n"
                + "- Phối hợp các tổ chức thành viên vận động Nhân dân thực hiện nghiêm các biện pháp phòng, chống dịch;\n"
                + "- Tổ giám sát cộng đồng duy trì hoạt động thường xuyên.\n\n"
                + "Chi tiết xin xem tệp đính kèm (nếu có).\n\nTrân trọng,\n"
                + PEOPLE.get(random.nextInt(PEOPLE.size())) + "\n";
        String attachment = random.nextInt(3) == 0 ? "Báo cáo " + (bacAi ? "319 " : "22 ") + unit.name() + ".docx" : null;
        String from = random.nextBoolean() ? unit.emails().get(0) : header(unit.name()) + " <" + unit.emails().get(0) + ">";
        byte[] raw = message(from, office.mailbox(), subject, date, messageId, body, attachment, random, "");
        return new Mail(messageId, office.id(), office.mailbox(), unit.emails().get(0), "MATCHED", raw);
    }

    private static Mail autoReply(Office office, Unit unit, String messageId, ZonedDateTime date) {
        String subject = "Trả lời tự động: Nhắc báo cáo";
        String body = "Tôi đang đi công tác đến hết tuần, sẽ trả lời thư khi trở về.\n";
        byte[] raw = message(unit.emails().get(0), office.mailbox(), subject, date, messageId, body, null, new Random(0),
                "Auto-Submitted: auto-replied\r\n");
        return new Mail(messageId, office.id(), office.mailbox(), unit.emails().get(0), "IGNORED", raw);
    }

    /** A report sent from someone's own mailbox: the unit is guessed, but a person must confirm it. */
    private static Mail fromPersonalAddress(Office office, Unit unit, String messageId, ZonedDateTime date, Random random) {
        String person = PEOPLE.get(random.nextInt(PEOPLE.size()));
        String address = ascii(person).toLowerCase(Locale.ROOT).replace(" ", "") + "." + (1970 + random.nextInt(30)) + "@gmail.com";
        String number = office.id().equals("bac-ai-mttq") ? "319/MTTQ-BTT" : "22-CV/BDVHU";
        String subject = "Báo cáo CV " + number + " " + lower(unit.name());
        String body = "Em gửi báo cáo của " + lower(unit.name()) + " thay cho hộp thư của đơn vị đang bị lỗi.\n\n" + person + "\n";
        byte[] raw = message(header(person) + " <" + address + ">", office.mailbox(), subject, date, messageId, body, null,
                random, "");
        return new Mail(messageId, office.id(), office.mailbox(), address, "NEEDS_REVIEW", raw);
    }

    private static byte[] message(String from, String to, String subject, ZonedDateTime date, String messageId, String body,
                                  String attachment, Random random, String extraHeaders) {
        StringBuilder m = new StringBuilder();
        m.append("From: ").append(from).append("\r\n");
        m.append("To: ").append(to).append("\r\n");
        m.append("Subject: ").append(header(subject)).append("\r\n");
        m.append("Date: ").append(RFC_5322.format(date)).append("\r\n");
        m.append("Message-ID: ").append(messageId).append("\r\n");
        m.append(extraHeaders);
        m.append("MIME-Version: 1.0\r\n");
        String text = textPart(body, random.nextInt(3));
        if (attachment == null) {
            m.append(text);
        } else {
            String boundary = "==" + Long.toHexString(random.nextLong() & Long.MAX_VALUE) + "==";
            m.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
            m.append("--").append(boundary).append("\r\n").append(text).append("\r\n");
            m.append("--").append(boundary).append("\r\n");
            m.append("Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n");
            m.append("Content-Transfer-Encoding: base64\r\n");
            m.append("Content-Disposition: attachment; filename=\"").append(header(attachment)).append("\"\r\n\r\n");
            m.append(Base64.getMimeEncoder().encodeToString(body.repeat(3).getBytes(StandardCharsets.UTF_8))).append("\r\n");
            m.append("--").append(boundary).append("--\r\n");
        }
        return m.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The text part's headers and body: 8bit, base64 or quoted-printable. */
    private static String textPart(String body, int encoding) {
        String crlf = body.replace("\n", "\r\n");
        return switch (encoding) {
            case 0 -> "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + crlf;
            case 1 -> "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    + Base64.getMimeEncoder().encodeToString(crlf.getBytes(StandardCharsets.UTF_8)) + "\r\n";
            default -> "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                    + quotedPrintable(crlf);
        };
    }

    private static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\r\n", -1)) {
            int width = 0;
            for (byte b : line.getBytes(StandardCharsets.UTF_8)) {
                String piece = b >= 33 && b <= 126 && b != '=' || b == ' ' ? String.valueOf((char) b)
                        : String.format("=%02X", b & 0xff);
                if (width + piece.length() > 72) {
                    out.append("=\r\n");
                    width = 0;
                }
                out.append(piece);
                width += piece.length();
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** RFC 2047 encoded words, folded, when the text is not ASCII; the text as it is otherwise. */
    private static String header(String text) {
        if (StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            return text;
        }
        List<String> words = new ArrayList<>();
        for (int start = 0; start < text.length(); start += 24) {
            String piece = text.substring(start, Math.min(text.length(), start + 24));
            words.add("=?UTF-8?B?" + Base64.getEncoder().encodeToString(piece.getBytes(StandardCharsets.UTF_8)) + "?=");
        }
        return String.join("\r\n ", words);
    }

    private static String lower(String unitName) {
        return unitName.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + unitName.substring(1);
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
