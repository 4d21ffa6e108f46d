package vn.reportbot.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.reportbot.report.ReportView;

/** Reports arriving per day, for the bar charts of the dashboard and of a dispatch's page. */
final class ArrivalChart {

    private ArrivalChart() {
    }

    /**
     * Each day from the first a report came to the last (at most the last {@code days}), with its count
     * ({@code count}), its date ({@code day}, {@code dd/MM/yyyy}) and the largest count ({@code most}, the bars'
     * scale); empty without reports.
     */
    static List<Map<String, Object>> days(List<ReportView> received, ZoneId zone, int days) {
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        for (ReportView report : received) {
            if (report.receivedAt() != null) {
                perDay.merge(report.receivedAt().atZoneSameInstant(zone).toLocalDate(), 1, Integer::sum);
            }
        }
        if (perDay.isEmpty()) {
            return List.of();
        }
        LocalDate last = perDay.lastKey();
        LocalDate first = perDay.firstKey().isBefore(last.minusDays(days - 1)) ? last.minusDays(days - 1)
                : perDay.firstKey();
        int most = perDay.tailMap(first).values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Map<String, Object>> chart = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            chart.add(Map.of("day", PageController.day(day), "count", perDay.getOrDefault(day, 0), "most", most));
        }
        return chart;
    }
}
