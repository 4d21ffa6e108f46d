package vn.reportbot.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * The reports the units of a {@link GeneratedDistrict} send its office about its dispatch, as raw RFC 5322 bytes:
 * each from a registered address, naming the dispatch in one of the spellings units use, in plain text, text and
 * HTML, or with a small .docx or .txt report attached (two in five). The same count gives the same
 * senders, subjects and texts; only the MIME boundaries differ.
 */
final class ReportMails {

    private static final List<String> SUBJECTS = List.of(
            "Báo cáo kết quả thực hiện Công văn số %s - %s",
            "BC thực hiện CV %s của %s",
            "Báo cáo Ngày hội Đại đoàn kết theo CV số %s (%s)",
            "V/v báo cáo kết quả thực hiện công văn %s - %s",
            "Re: Công văn số %s - báo cáo của %s");
    private static final List<String> FINDINGS = List.of(
            "Đã tổ chức Ngày hội Đại đoàn kết tại %d/%d khu dân cư, thu hút đông đảo Nhân dân tham gia.",
            "Biểu dương %d gia đình và %d cá nhân tiêu biểu trong phong trào xây dựng nông thôn mới.",
            "Vận động ủng hộ Quỹ \"Vì người nghèo\" được %d.%03d.000 đồng, hỗ trợ %d hộ nghèo.",
            "Hỗ trợ xây dựng %d nhà Đại đoàn kết, sửa chữa %d nhà cho hộ có hoàn cảnh khó khăn.",
            "Phối hợp với Ủy ban nhân dân xã xây dựng kế hoạch, phân công %d cán bộ theo dõi %d thôn.");
    private static final List<String> SIGNERS = List.of("Nguyễn Văn Tâm", "Trần Thị Hạnh", "Lê Quốc Dũng",
            "Phạm Thị Ngọc Ánh", "Đặng Văn Lực", "Võ Thị Thu Hà", "Huỳnh Minh Trí", "Pinăng Thị Mai");

    private final GeneratedDistrict district;
    private final Session session = Session.getInstance(new Properties());

    ReportMails(GeneratedDistrict district) {
        this.district = district;
    }

    List<byte[]> generate(int count) {
        SplittableRandom random = new SplittableRandom(count);
        List<byte[]> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            messages.add(message(i, random));
        }
        return messages;
    }

    private byte[] message(int i, SplittableRandom random) {
        List<GeneratedDistrict.Commune> communes = district.communes();
        GeneratedDistrict.Commune commune = communes.get(i % communes.size());
        String number = i % 3 == 0 ? GeneratedDistrict.DISPATCH_NUMBER
                : i % 3 == 1 ? GeneratedDistrict.DISPATCH_NUMERAL : GeneratedDistrict.DISPATCH_NUMERAL + " /MTTQ-BTT";
        String subject = SUBJECTS.get(i % SUBJECTS.size()).formatted(number, commune.name());
        List<String> paragraphs = paragraphs(commune, random);
        String text = "Kính gửi " + GeneratedDistrict.OFFICE_NAME + ",\n\n" + String.join("\n", paragraphs)
                + "\n\nTrân trọng,\n" + SIGNERS.get(random.nextInt(SIGNERS.size())) + "\nBan Thường trực Ủy ban MTTQ "
                + commune.name() + "\n";
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(commune.email(), "MTTQ " + commune.name(), "UTF-8"));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(GeneratedDistrict.MAILBOX));
            message.setSubject(subject, "UTF-8");
            message.setSentDate(Date.from(district.issuedOn().atTime(7, 30).atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                    .plusMinutes(7L * i).toInstant()));
            switch (i % 5) {
                case 0, 4 -> message.setText(text, "UTF-8");
                case 1 -> message.setContent(alternative(text));
                case 2 -> message.setContent(withAttachment(text, "Báo cáo " + GeneratedDistrict.DISPATCH_NUMERAL + " "
                        + commune.place() + ".docx", SmallDocx.of(paragraphs),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
                default -> message.setContent(withAttachment(text, "bao-cao-" + commune.id() + ".txt",
                        String.join("\r\n", paragraphs).getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8"));
            }
            message.saveChanges();
            message.setHeader("Message-ID", "<bench." + i + "." + Long.toHexString(random.nextLong()) + "@"
                    + commune.email().substring(commune.email().indexOf('@') + 1) + ">");
            ByteArrayOutputStream raw = new ByteArrayOutputStream(4096);
            message.writeTo(raw);
            return raw.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot build bench message " + i + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> paragraphs(GeneratedDistrict.Commune commune, SplittableRandom random) {
        List<String> out = new ArrayList<>();
        out.add("Ban Thường trực Ủy ban MTTQ " + commune.name() + " báo cáo kết quả thực hiện Công văn số "
                + GeneratedDistrict.DISPATCH_NUMBER + " của Ban Thường trực Ủy ban MTTQ Việt Nam huyện như sau:");
        int points = 2 + random.nextInt(3);
        for (int p = 0; p < points; p++) {
            String finding = FINDINGS.get((p + random.nextInt(FINDINGS.size())) % FINDINGS.size());
            out.add((p + 1) + ". " + finding.formatted(1 + random.nextInt(30), 1 + random.nextInt(30),
                    1 + random.nextInt(90)));
        }
        return out;
    }

    private static MimeMultipart alternative(String text) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        StringBuilder h = new StringBuilder("<html><body>");
        for (String line : text.split("\n")) {
            h.append(line.isEmpty() ? "<br>" : "<div>" + line.replace("&", "&amp;").replace("<", "&lt;") + "</div>");
        }
        html.setText(h.append("</body></html>").toString(), "UTF-8", "html");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        return alternative;
    }

    private static MimeMultipart withAttachment(String text, String fileName, byte[] content, String type)
            throws MessagingException {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        try {
            attachment.setFileName(MimeUtility.encodeText(fileName, "UTF-8", "B")); // as most mail clients write it
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("the JDK has no UTF-8", e);
        }
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        return mixed;
    }
}
