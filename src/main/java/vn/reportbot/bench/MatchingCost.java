package vn.reportbot.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.StaffMember;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.InMemoryDispatchCatalog;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.dispatchtext.ParsedDispatch;
import vn.reportbot.intake.MalformedMessageException;
import vn.reportbot.intake.MessageReader;
import vn.reportbot.intake.ReceivedMessage;
import vn.reportbot.matching.MatchResult;
import vn.reportbot.matching.ReportMatcher;
import vn.reportbot.matching.SentMailIndex;

/**
 * What matching one message costs as the office grows: the service's {@link ReportMatcher} on the same
 * {@link #MESSAGES} messages (already read) for an office of 10, 1,000 and 10,000 units with {@value #DISPATCHES} open
 * dispatches, and of 10 units with 5, the smallest. The messages are a mix: a registered sender naming the dispatch in
 * the subject, one naming it only in the text, a personal address that names its commune, an unrelated forward. The
 * figure {@code matching_cost_ratio} is the time per message at 10,000 units over that at 10 units, both with
 * {@value #DISPATCHES} dispatches (1 would be flat).
 */
final class MatchingCost {

    static final int DISPATCHES = 1_000;
    static final int MESSAGES = 400;
    private static final String MAILBOX = "office@bench.example";
    private static final String[] SYLLABLES = {"Phước", "Hải", "Tân", "Long", "An", "Bình", "Hòa", "Minh", "Sơn",
            "Đông", "Tây", "Nam", "Bắc", "Trung", "Thành", "Lộc", "Phú", "Xuân", "Hưng", "Quang"};
    private static final int ROUNDS = 10;

    private MatchingCost() {
    }

    static Section run() throws MalformedMessageException {
        MessageReader reader = new MessageReader();
        List<ReceivedMessage> messages = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            messages.add(reader.read(message(i)));
        }
        match(matcher(100, 50), messages, 30); // lets the JIT settle before anything is timed
        int[][] setUps = {{10, 5}, {10, DISPATCHES}, {1_000, DISPATCHES}, {10_000, DISPATCHES}};
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%8s %11s %14s %9s", "units", "dispatches", "us per message", "matched"));
        Map<String, Double> perMessage = new LinkedHashMap<>();
        for (int[] setUp : setUps) {
            ReportMatcher matcher = matcher(setUp[0], setUp[1]);
            match(matcher, messages, 3);
            long start = System.nanoTime();
            int matched = match(matcher, messages, ROUNDS);
            double micros = (System.nanoTime() - start) / 1_000.0 / (ROUNDS * messages.size());
            if (matched == 0) {
                throw new IllegalStateException("no message was matched at " + setUp[0] + " units: the mix is wrong");
            }
            perMessage.put(setUp[0] + "/" + setUp[1], micros);
            lines.add(String.format(Locale.ROOT, "%8d %11d %14.1f %8d%%", setUp[0], setUp[1], micros,
                    Math.round(100.0 * matched / (ROUNDS * messages.size()))));
        }
        double ratio = perMessage.get("10000/" + DISPATCHES) / perMessage.get("10/" + DISPATCHES);
        lines.add(String.format(Locale.ROOT, "10,000 units against 10, with %,d dispatches: %.2f", DISPATCHES, ratio));
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("matching_cost_ratio", Section.value("%.2f", ratio));
        figures.put("matching_us_10000_units", Section.value("%.1f", perMessage.get("10000/" + DISPATCHES)));
        return new Section("Matching one message (" + MESSAGES + " messages already read, " + ROUNDS + " rounds)", lines,
                figures);
    }

    private static int match(ReportMatcher matcher, List<ReceivedMessage> messages, int rounds) {
        int matched = 0;
        for (int r = 0; r < rounds; r++) {
            for (ReceivedMessage message : messages) {
                MatchResult result = matcher.match(message);
                if (result.decision().name().equals("MATCHED")) {
                    matched++;
                }
            }
        }
        return matched;
    }

    private static ReportMatcher matcher(int unitCount, int dispatchCount) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < unitCount; i++) {
            units.add(new Unit("u" + i, "bench", "Xã " + name(i), List.of("u" + i + "@bench.example"), List.of()));
        }
        Directory directory = new Directory(List.of(new Office("bench", "Ban Thường trực Ủy ban MTTQ huyện Thử",
                MAILBOX, List.of(new StaffMember("Cán bộ", "staff@bench.example")), units)));
        InMemoryDispatchCatalog catalog = new InMemoryDispatchCatalog();
        for (int d = 1; d <= dispatchCount; d++) {
            catalog.add("bench", new ParsedDispatch(d + "/MTTQ-BTT", LocalDate.of(2021, 1, 1).plusDays(d % 300), "Thử",
                    "Ban Thường trực", "Tăng cường công tác số " + d, List.of(), List.of(new DispatchTask(1, "Báo cáo.")),
                    MAILBOX, null, null, null, List.of()));
        }
        return new ReportMatcher(directory, catalog, SentMailIndex.none());
    }

    /** A unique two- or three-syllable name for unit i. */
    private static String name(int i) {
        int n = SYLLABLES.length;
        return SYLLABLES[i % n] + " " + SYLLABLES[(i / n) % n]
                + (i >= n * n ? " " + SYLLABLES[(i / (n * n)) % n] + " " + i : "");
    }

    private static byte[] message(int i) {
        int dispatch = 1 + i % 5;
        String from;
        String subject;
        String body;
        switch (i % 4) {
            case 0 -> {
                from = "u" + (i % 10) + "@bench.example";
                subject = "Báo cáo kết quả thực hiện Công văn số " + dispatch + "/MTTQ-BTT";
                body = "Kính gửi Ban Thường trực,\nĐơn vị gửi báo cáo.\n";
            }
            case 1 -> {
                from = "u" + (i % 10) + "@bench.example";
                subject = "Gửi báo cáo";
                body = "Đơn vị gửi báo cáo thực hiện CV " + dispatch + " ngày 16/9.\n";
            }
            case 2 -> {
                from = "canhan" + i + "@gmail.com";
                subject = "Báo cáo xã " + name(i % 10);
                body = "Xã " + name(i % 10) + " báo cáo.\n";
            }
            default -> {
                from = "u" + (i % 10) + "@bench.example";
                subject = "Fwd: tài liệu";
                body = "Gửi anh chị tài liệu tham khảo.\n";
            }
        }
        String raw = "From: " + from + "\r\nTo: " + MAILBOX + "\r\nSubject: =?UTF-8?B?"
                + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "Date: Mon, 20 Sep 2021 08:00:00 +0700\r\nMessage-ID: <bench." + i + "@bench.example>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + body;
        return raw.getBytes(StandardCharsets.UTF_8);
    }
}
