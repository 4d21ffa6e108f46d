package vn.reportbot.bench;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.SplittableRandom;

import jakarta.mail.internet.MimeUtility;

/**
 * A report with a large attachment (a PDF-like file of incompressible bytes): 25 MB by default, the largest a unit's
 * mail provider lets through, about 34 MB once base64-encoded. Written as a stream, so that making it never holds it
 * in memory.
 */
final class LargeReport {

    static final String FILE_NAME = "Báo cáo tổng hợp kèm hình ảnh.pdf";
    static final String MESSAGE_ID = "<bench.large-attachment@bench.example>";

    private static final String BOUNDARY = "----=_bench_large_report";

    private LargeReport() {
    }

    /** Writes the message, with an attachment of {@code attachmentMb} MiB, to {@code file} and returns the file. */
    static Path writeTo(Path file, String from, String to, int attachmentMb) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, from, to, attachmentMb * 1024L * 1024L);
        }
        return file;
    }

    static void write(OutputStream out, String from, String to, long attachmentBytes) throws IOException {
        String text = "Kính gửi Ban Thường trực Ủy ban MTTQ Việt Nam huyện,\r\n\r\nBan Thường trực Ủy ban MTTQ xã gửi báo cáo"
                + " tổng hợp kết quả thực hiện Công văn số " + GeneratedDistrict.DISPATCH_NUMBER
                + " kèm hình ảnh các khu dân cư (tệp đính kèm).\r\n\r\nTrân trọng.\r\n";
        String head = "From: " + from + "\r\nTo: " + to + "\r\n"
                + "Subject: " + MimeUtility.encodeText("Báo cáo tổng hợp Công văn số " + GeneratedDistrict.DISPATCH_NUMBER
                        + " kèm hình ảnh", "UTF-8", "B") + "\r\n"
                + "Date: Mon, 6 Jan 2025 08:15:00 +0700\r\nMessage-ID: " + MESSAGE_ID + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"" + BOUNDARY + "\"\r\n\r\n"
                + "--" + BOUNDARY + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=\"" + MimeUtility.encodeText(FILE_NAME, "UTF-8", "B")
                + "\"\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        try (OutputStream base64 = Base64.getMimeEncoder().wrap(new KeepOpen(out))) {
            byte[] chunk = new byte[57 * 1024]; // whole 76-character lines per chunk
            SplittableRandom random = new SplittableRandom(25);
            byte[] pdfHead = "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
            long written = 0;
            while (written < attachmentBytes) {
                int n = (int) Math.min(chunk.length, attachmentBytes - written);
                for (int i = 0; i < n; i += 8) {
                    long bits = random.nextLong();
                    for (int b = 0; b < 8 && i + b < n; b++) {
                        chunk[i + b] = (byte) (bits >>> (8 * b));
                    }
                }
                if (written == 0) {
                    System.arraycopy(pdfHead, 0, chunk, 0, pdfHead.length);
                }
                base64.write(chunk, 0, n);
                written += n;
            }
        }
        out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** Lets the base64 encoder finish its last line without closing the message's stream. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
