package vn.reportbot.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import vn.reportbot.system.JobResult;

/**
 * The digest of a large office: {@code units} units and {@link #DISPATCHES} open dispatches (a task per unit and
 * dispatch), reports from half the units (at most {@link #MAX_REPORTS}) read by the poll job first; then the
 * {@code digest} job, which makes the consolidated .xlsx and the draft báo cáo tổng hợp .docx, queues the mail to the
 * office's staff and sends it. Its time and its peak heap above the start (with the loopback server's share of
 * taking the mail in) are measured; the importing of the dispatches is timed too. Figures: {@code digest_s} and
 * {@code digest_peak_heap_mb}, or with {@code _<N>_units} for a size beside {@code --units}.
 */
final class DigestBench {

    static final int DISPATCHES = 20;
    static final int MAX_REPORTS = 1_000;
    private static final List<String> SUBJECTS = List.of("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
            "Tăng cường công tác giám sát, phản biện xã hội", "Vận động ủng hộ Quỹ Vì người nghèo",
            "Tổ chức lấy ý kiến Nhân dân về dự thảo văn kiện", "Thực hiện cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam",
            "Phòng, chống thiên tai và tìm kiếm cứu nạn", "Tổng kết phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa",
            "Chuẩn bị Đại hội đại biểu MTTQ Việt Nam cấp xã", "Giám sát việc thực hiện chính sách bảo hiểm y tế",
            "Tuyên truyền bầu cử đại biểu Hội đồng nhân dân");

    private DigestBench() {
    }

    static Section run(Class<?> application, Path folder, int units, String figureSuffix, PrintStream progress)
            throws IOException, MessagingException {
        GeneratedDistrict district = new GeneratedDistrict(units, LocalDate.now());
        Path directory = Files.writeString(folder.resolve("directory.yml"), district.directoryYaml());
        int reportCount = Math.min(MAX_REPORTS, Math.max(1, units / 2));
        List<byte[]> reports = new ReportMails(district).generate(reportCount);
        long importNanos;
        long digestNanos;
        HeapPeak.Peak<JobResult> digest;
        MimeMessage sent;
        try (LoopbackMailServer mail = new LoopbackMailServer(GeneratedDistrict.MAILBOX);
             ServiceUnderBench service = ServiceUnderBench.start(application, folder, directory, mail)) {
            progress.printf("bench: importing %d dispatches, reading %d reports%n", DISPATCHES, reportCount);
            long importStart = System.nanoTime();
            service.importDispatch(district.dispatchText());
            for (int d = 1; d < DISPATCHES; d++) {
                service.importDispatch(district.dispatchText(Integer.parseInt(GeneratedDistrict.DISPATCH_NUMERAL) + d,
                        SUBJECTS.get(d % SUBJECTS.size()) + (d < SUBJECTS.size() ? "" : " (đợt 2)")));
            }
            importNanos = System.nanoTime() - importStart;
            SendLoop.send(mail, reports);
            JobResult poll = service.poll();
            if (poll.messagesRead() != reportCount) {
                throw new IllegalStateException("the poll read " + poll.messagesRead() + " of " + reportCount
                        + " reports: " + poll.details());
            }
            int before = mail.received().size();
            long start = System.nanoTime();
            digest = HeapPeak.of(() -> service.run("digest"));
            digestNanos = System.nanoTime() - start;
            List<byte[]> received = mail.received();
            if (digest.result().mailsSent() != 1 || received.size() != before + 1) {
                throw new IllegalStateException("the digest job sent " + digest.result().mailsSent() + " mail(s), not"
                        + " one digest: " + digest.result().details());
            }
            sent = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()), new java.io.ByteArrayInputStream(received.get(received.size() - 1)));
        }
        Map<String, Integer> files = attachments(sent);
        if (files.keySet().stream().noneMatch(f -> f.endsWith(".xlsx")) || files.keySet().stream().noneMatch(f -> f.endsWith(".docx"))) {
            throw new IllegalStateException("the digest carries " + files.keySet() + ", not an .xlsx and a .docx");
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "import of %d dispatches (%,d tasks): %.2f s", DISPATCHES,
                (long) DISPATCHES * units, importNanos / 1e9));
        lines.add(String.format(Locale.ROOT, "digest job (files made, mail queued and sent), %d reports in: %.2f s,"
                + " peak heap %d MB (with the server's share)", reportCount, digestNanos / 1e9, digest.megabytes()));
        files.forEach((name, bytes) -> lines.add(String.format(Locale.ROOT, "  %s: %,d KB", name, bytes / 1024)));
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("digest_s" + figureSuffix, Section.value("%.2f", digestNanos / 1e9));
        figures.put("digest_peak_heap_mb" + figureSuffix, Section.value("%d", digest.megabytes()));
        figures.put("dispatches_import_s" + figureSuffix, Section.value("%.2f", importNanos / 1e9));
        return new Section("Digest of an office of " + units + " units with " + DISPATCHES + " open dispatches", lines,
                figures);
    }

    /** The file names of the mail's attachments and their decoded sizes. */
    private static Map<String, Integer> attachments(MimeMessage message) throws MessagingException, IOException {
        Map<String, Integer> files = new LinkedHashMap<>();
        collect(message, files);
        return files;
    }

    private static void collect(Part part, Map<String, Integer> files) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), files);
            }
        } else if (part instanceof BodyPart && part.getFileName() != null) {
            try (var in = part.getInputStream()) {
                files.put(MimeUtility.decodeText(part.getFileName()), in.readAllBytes().length);
            }
        }
    }
}
