package vn.reportbot.summary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.report.ReportText;
import vn.reportbot.report.ReportView;
import vn.reportbot.task.ReportingTask;
import vn.reportbot.task.TaskStatus;

/**
 * One dispatch as the consolidated report tells it: each unit of the current period with its status, when it
 * reported, what it said per task and the figures it gave.
 *
 * @param day the day the report is drawn up (statuses as of then)
 */
record Consolidation(long id, DispatchJson dispatch, String period, LocalDate day, List<UnitReport> units) {

    /** The sentences and characters kept of a unit's words under one task. */
    static final int PART_SENTENCES = 3;
    static final int PART_CHARS = 420;
    /** The most of words that cannot be split that is kept, to choose from per task. */
    static final int WHOLE_CHARS = 6000;
    /** The sentences and characters of the excerpt in the workbook. */
    static final int EXCERPT_SENTENCES = 3;
    static final int EXCERPT_CHARS = 320;

    List<Integer> ordinals() {
        return dispatch.tasks().stream().map(DispatchTask::ordinal).toList();
    }

    /**
     * One unit's line.
     *
     * @param receivedAt   when its report (or the latest part of it) came; null when none did
     * @param taskStatus   per numbered task, its status
     * @param parts        per numbered task, what the unit said of it (shortened); tasks it said nothing of apart
     * @param whole        what the unit said when its words could not be split by task (its body, up to
     *                     {@link #WHOLE_CHARS}), or empty
     * @param partFigures  per numbered task, the figures it gave in that task's part
     * @param wholeFigures the figures of words that could not be split
     */
    record UnitReport(String unitId, String name, TaskStatus status, OffsetDateTime receivedAt,
                      Map<Integer, TaskStatus> taskStatus, List<Integer> missing, String excerpt, List<String> attachments,
                      Map<Integer, String> parts, String whole, Map<Integer, List<Figures.Figure>> partFigures,
                      List<Figures.Figure> wholeFigures) {

        boolean hasReported() {
            return status == TaskStatus.REPORTED || status == TaskStatus.LATE || status == TaskStatus.PARTIAL;
        }
    }

    /** Builds the unit lines of a dispatch from its tasks, its reports and what they say. */
    static List<UnitReport> units(DispatchJson dispatch, List<ReportingTask> tasks, Map<String, String> names,
                                  List<ReportView> reports, Map<Long, ReportText> texts, LocalDate day, boolean split) {
        List<Integer> ordinals = dispatch.tasks().stream().map(DispatchTask::ordinal).toList();
        Map<Long, List<ReportView>> byTask = new LinkedHashMap<>();
        for (ReportView r : reports) {
            if (r.taskId() != null) {
                byTask.computeIfAbsent(r.taskId(), k -> new ArrayList<>()).add(r);
            }
        }
        List<UnitReport> out = new ArrayList<>();
        for (ReportingTask task : tasks) {
            List<ReportView> own = new ArrayList<>(byTask.getOrDefault(task.id(), List.of()));
            own.sort(Comparator.comparing(ReportView::receivedAt).thenComparing(ReportView::id).reversed());
            TaskStatus status = task.statusOn(day);
            Map<Integer, TaskStatus> perTask = new LinkedHashMap<>();
            for (int ordinal : ordinals) {
                perTask.put(ordinal, statusOf(task, ordinal, status, day));
            }
            List<Integer> missing = task.isPartial() ? task.openOrdinals(ordinals) : List.of();
            OffsetDateTime receivedAt = task.reportedAt() != null ? task.reportedAt()
                    : task.reportedParts().values().stream().max(Comparator.naturalOrder())
                    .orElse(own.isEmpty() ? null : own.get(0).receivedAt());
            String excerpt = "";
            List<String> attachments = new ArrayList<>();
            for (ReportView r : own) {
                for (String a : r.attachments()) {
                    String name = a.replaceFirst("\\s+\\(\\d+ bytes\\)$", "");
                    if (!attachments.contains(name)) {
                        attachments.add(name);
                    }
                }
            }
            Map<Integer, String> parts = new LinkedHashMap<>();
            Map<Integer, List<Figures.Figure>> partFigures = new LinkedHashMap<>();
            String whole = "";
            List<Figures.Figure> wholeFigures = List.of();
            if (!own.isEmpty()) {
                ReportText latest = texts.get(own.get(0).id());
                if (latest != null) {
                    String words = ReportSections.words(latest.ownText(), latest.attachmentText());
                    // the excerpt is a few sentences: the start of the words is enough to find them
                    String start = words.length() > 4 * EXCERPT_CHARS + 2000 ? words.substring(0, 4 * EXCERPT_CHARS + 2000)
                            : words;
                    excerpt = Excerpts.shorten(ReportSections.body(start), EXCERPT_SENTENCES, EXCERPT_CHARS);
                }
                if (split) {
                    for (ReportView r : own) {
                        ReportText text = texts.get(r.id());
                        if (text == null) {
                            continue;
                        }
                        String words = ReportSections.words(text.ownText(), text.attachmentText());
                        List<Integer> addressed = r.tasks().isEmpty() ? ordinals : r.tasks();
                        Map<Integer, String> split1 = new LinkedHashMap<>(ReportSections.split(words, ordinals));
                        split1.keySet().retainAll(addressed);
                        if (split1.isEmpty() && !addressed.containsAll(ordinals)) {
                            // a report of some tasks that cannot be split goes under those tasks, its figures once
                            String body = Excerpts.shorten(ReportSections.body(words), PART_SENTENCES, PART_CHARS);
                            boolean first = true;
                            for (int ordinal : addressed) {
                                if (!parts.containsKey(ordinal)) {
                                    parts.put(ordinal, body);
                                    partFigures.put(ordinal, first ? Figures.find(ReportSections.body(words)) : List.of());
                                    first = false;
                                }
                            }
                            continue;
                        }
                        if (split1.isEmpty()) {
                            if (whole.isEmpty() && addressed.stream().anyMatch(o -> !parts.containsKey(o))) {
                                String body = ReportSections.body(words);
                                whole = body.length() > WHOLE_CHARS ? body.substring(0, WHOLE_CHARS) : body;
                                wholeFigures = Figures.find(body);
                            }
                            continue;
                        }
                        for (Map.Entry<Integer, String> p : split1.entrySet()) {
                            if (!parts.containsKey(p.getKey())) {
                                parts.put(p.getKey(), Excerpts.shorten(p.getValue(), PART_SENTENCES, PART_CHARS));
                                partFigures.put(p.getKey(), Figures.find(p.getValue()));
                            }
                        }
                    }
                }
            }
            out.add(new UnitReport(task.unitId(), names.getOrDefault(task.unitId(), task.unitId()), status, receivedAt,
                    perTask, missing, excerpt, List.copyOf(attachments), parts, whole, partFigures, wholeFigures));
        }
        return out;
    }

    private static TaskStatus statusOf(ReportingTask task, int ordinal, TaskStatus whole, LocalDate day) {
        if (whole == TaskStatus.EXEMPT || whole == TaskStatus.REPORTED || whole == TaskStatus.LATE) {
            return whole;
        }
        OffsetDateTime part = task.reportedParts().get(ordinal);
        if (part != null) {
            return task.dueOn() != null && part.toLocalDate().isAfter(task.dueOn()) ? TaskStatus.LATE : TaskStatus.REPORTED;
        }
        return whole == TaskStatus.PARTIAL ? (task.dueOn() != null && day.isAfter(task.dueOn())
                ? TaskStatus.OVERDUE : TaskStatus.OPEN) : whole;
    }

    /** How staff name a status. */
    static String label(TaskStatus status) {
        return switch (status) {
            case REPORTED -> "Đã báo cáo";
            case LATE -> "Báo cáo muộn";
            case PARTIAL -> "Báo cáo một phần";
            case OPEN -> "Chưa báo cáo";
            case OVERDUE -> "Quá hạn";
            case EXEMPT -> "Miễn";
        };
    }
}
