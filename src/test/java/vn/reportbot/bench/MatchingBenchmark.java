package vn.reportbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

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
 * Prints the cost of matching one message as the directory and the open dispatches grow: 10, 1,000
 * and 10,000 units against 5, 100 and 1,000 dispatches, on the same messages. The figure is the
 * ratio of the largest set-up's time per message to the smallest's (1 would be flat).
 */
class MatchingBenchmark {

    private static final String MAILBOX = "office@bench.example";
    private static final String[] SYLLABLES = {"Phước", "Hải", "Tân", "Long", "An", "Bình", "Hòa", "Minh", "Sơn",
            "Đông", "Tây", "Nam", "Bắc", "Trung", "Thành", "Lộc", "Phú", "Xuân", "Hưng", "Quang"};

    @Test
    void matchingCostDoesNotGrowWithUnitsOrDispatches() throws MalformedMessageException {
        int[] unitCounts = {10, 1_000, 10_000};
        int[] dispatchCounts = {5, 100, 1_000};
        MessageReader reader = new MessageReader();
        List<ReceivedMessage> messages = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            messages.add(reader.read(message(i)));
        }
        run(matcher(100, 50), messages, 30); // let the JIT settle before anything is measured
        double smallest = 0;
        double largest = 0;
        System.out.println("\nmatching: microseconds per message (messages already read)");
        System.out.printf("%10s %10s %12s%n", "units", "dispatches", "us/message");
        for (int units : unitCounts) {
            for (int dispatches : dispatchCounts) {
                ReportMatcher matcher = matcher(units, dispatches);
                run(matcher, messages, 3);
                long start = System.nanoTime();
                int rounds = 10;
                int matched = run(matcher, messages, rounds);
                double perMessage = (System.nanoTime() - start) / 1_000.0 / (rounds * messages.size());
                System.out.printf("%10d %10d %12.1f%n", units, dispatches, perMessage);
                assertThat(matched).as("the benchmark's registered senders naming a dispatch are matched").isPositive();
                if (units == unitCounts[0] && dispatches == dispatchCounts[0]) {
                    smallest = perMessage;
                }
                if (units == unitCounts[2] && dispatches == dispatchCounts[2]) {
                    largest = perMessage;
                }
            }
        }
        System.out.printf(Locale.ROOT, "figure matching_cost_ratio %.2f%n", largest / smallest);
    }

    private static int run(ReportMatcher matcher, List<ReceivedMessage> messages, int rounds) {
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
        return SYLLABLES[i % n] + " " + SYLLABLES[(i / n) % n] + (i >= n * n ? " " + SYLLABLES[(i / (n * n)) % n] + " " + i : "");
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
                + java.util.Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "Date: Mon, 20 Sep 2021 08:00:00 +0700\r\nMessage-ID: <bench." + i + "@bench.example>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + body;
        return raw.getBytes(StandardCharsets.UTF_8);
    }
}
