package vn.reportbot.intake;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExploreOversizedTests {
    static String head = "From: mttq.phuocdai@gmail.com\r\nTo: mattrabbacai@gmail.com\r\nDate: Mon, 23 Nov 2026 09:00:00 +0700\r\nMessage-ID: <x@test>\r\n";
    void run(String name, String eml) {
        long t = System.nanoTime();
        Runtime r = Runtime.getRuntime();
        try {
            ReceivedMessage m = new MessageReader().read(eml.getBytes(StandardCharsets.UTF_8));
            System.out.println("EXPLORE " + name + " ok subj=" + (m.subject() == null ? null : m.subject().length()) + " text=" + m.text().length() + " from=" + m.fromAddress() + " ms=" + (System.nanoTime() - t) / 1_000_000);
        } catch (Throwable e) {
            System.out.println("EXPLORE " + name + " " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).substring(0, Math.min(200, String.valueOf(e.getMessage()).length())) + " ms=" + (System.nanoTime() - t) / 1_000_000);
        }
    }
    @Test
    void explore() {
        run("1MB header", head + "X-Big: " + "a".repeat(1 << 20) + "\r\nSubject: s\r\n\r\nbody\r\n");
        run("1MB folded header", head + "X-Big: " + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n ".repeat(13000) + "\r\nSubject: s\r\n\r\nbody\r\n");
        StringBuilder many = new StringBuilder(head);
        for (int i = 0; i < 100_000; i++) many.append("X-H").append(i).append(": v\r\n");
        run("100k headers", many + "Subject: s\r\n\r\nbody\r\n");
        run("100k headers before from", many.substring(head.length()) + head + "Subject: s\r\n\r\nbody\r\n");
        run("10MB line", head + "Subject: s\r\n\r\n" + "b".repeat(10 << 20) + "\r\n");
        run("10MB line multipart", head + "Subject: s\r\nContent-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\nContent-Type: text/plain\r\n\r\n" + "b".repeat(10 << 20) + "\r\n--q--\r\n");
        run("100kB subject", head + "Subject: " + "Báo cáo ".repeat(12_500) + "\r\n\r\nbody\r\n");
        run("100kB encoded subject", head + "Subject: " + "=?UTF-8?B?QsOhbyBjw6Fv?= ".repeat(4000) + "\r\n\r\nbody\r\n");
    }
}
