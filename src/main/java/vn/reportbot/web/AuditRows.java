package vn.reportbot.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.reportbot.audit.AuditEntry;

/** Audit entries as the layout's {@code <@audit>} macro shows them: the time as {@code dd/MM/yyyy HH:mm}. */
final class AuditRows {

    private AuditRows() {
    }

    static List<Map<String, Object>> of(List<AuditEntry> entries, ZoneId zone) {
        return entries.stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", PageController.DAY_TIME.format(e.at().atZoneSameInstant(zone)));
            row.put("actor", e.actor());
            row.put("action", e.action());
            row.put("before", e.before() == null ? "" : e.before());
            row.put("after", e.after() == null ? "" : e.after());
            return row;
        }).toList();
    }
}
