package vn.reportbot.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.util.MultiValueMap;

import vn.reportbot.dispatch.DispatchCorrection;
import vn.reportbot.dispatch.DispatchCorrector;
import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatchtext.Cadence;
import vn.reportbot.dispatchtext.DispatchTask;

/**
 * The form of a dispatch's fields on its page, as shown and as posted: subject, deadline ({@code dd/MM/yyyy}, or
 * empty for none), cadence (words as a dispatch says them, or empty for a one-off dispatch) and the numbered tasks,
 * each an ordinal and a text ({@code taskOrdinal}, {@code taskText}, in order; a task whose text is emptied is
 * removed, and the blank row at the end adds one). Only what differs from the dispatch is corrected.
 */
record DispatchForm(String subject, String deadline, String cadence, List<Row> tasks) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** One task's row: the ordinal as typed, and its text. */
    record Row(String ordinal, String text) {
    }

    static DispatchForm of(DispatchJson d) {
        List<Row> rows = new ArrayList<>();
        for (DispatchTask t : d.tasks() == null ? List.<DispatchTask>of() : d.tasks()) {
            rows.add(new Row(String.valueOf(t.ordinal()), t.text()));
        }
        return new DispatchForm(nz(d.subject()), PageController.day(d.deadline()),
                d.cadence() == null ? "" : nz(d.cadence().phrase()), rows);
    }

    static DispatchForm posted(MultiValueMap<String, String> form) {
        List<String> ordinals = form.getOrDefault("taskOrdinal", List.of());
        List<String> texts = form.getOrDefault("taskText", List.of());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(ordinals.size(), texts.size()); i++) {
            String ordinal = i < ordinals.size() ? ordinals.get(i).strip() : "";
            String text = i < texts.size() ? texts.get(i).strip() : "";
            if (!text.isEmpty()) {
                rows.add(new Row(ordinal, text));
            }
        }
        return new DispatchForm(nz(form.getFirst("subject")).strip(), nz(form.getFirst("deadline")).strip(),
                nz(form.getFirst("cadence")).strip(), rows);
    }

    /** What is wrong with what was typed, by field, as message codes; empty when it can be saved. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (subject.isBlank()) {
            problems.put("subject", "dispatch.problem.subject");
        }
        if (!deadline.isEmpty() && day(deadline).isEmpty()) {
            problems.put("deadline", "dispatch.problem.day");
        }
        List<Integer> seen = new ArrayList<>();
        for (Row row : tasks) {
            Optional<Integer> ordinal = ordinal(row.ordinal());
            if (ordinal.isEmpty() || seen.contains(ordinal.get())) {
                problems.put("tasks", "dispatch.problem.tasks");
                break;
            }
            seen.add(ordinal.get());
        }
        return problems;
    }

    /**
     * The correction of what differs from {@code d}, by {@code user}: the cadence's words are read again only when
     * they were changed.
     */
    DispatchCorrection correction(DispatchJson d, String user) {
        String newSubject = subject.equals(nz(d.subject())) ? null : subject;
        LocalDate newDeadline = deadline.isEmpty() ? null : day(deadline).orElseThrow();
        boolean setDeadline = !Objects.equals(newDeadline, d.deadline());
        List<DispatchTask> newTasks = tasks.stream()
                .map(r -> new DispatchTask(ordinal(r.ordinal()).orElseThrow(), r.text())).toList();
        List<DispatchTask> oldTasks = d.tasks() == null ? List.of() : d.tasks();
        boolean setTasks = !newTasks.equals(oldTasks);
        String oldCadence = d.cadence() == null ? "" : nz(d.cadence().phrase());
        boolean setCadence = !cadence.equals(oldCadence.strip());
        Cadence newCadence = setCadence && !cadence.isEmpty() ? DispatchCorrector.cadenceOf(cadence) : null;
        return new DispatchCorrection(newSubject, setDeadline, setDeadline ? newDeadline : null,
                setTasks ? newTasks : null, null, setCadence, newCadence, user);
    }

    /** The form as the view shows it, with a blank row to add a task numbered after the last. */
    Map<String, Object> view() {
        List<Map<String, String>> rows = new ArrayList<>();
        int next = 1;
        for (Row row : tasks) {
            rows.add(Map.of("ordinal", row.ordinal(), "text", row.text()));
            next = Math.max(next, ordinal(row.ordinal()).orElse(0) + 1);
        }
        rows.add(Map.of("ordinal", String.valueOf(next), "text", ""));
        return Map.of("subject", subject, "deadline", deadline, "cadence", cadence, "tasks", rows);
    }

    /** A day typed as {@code dd/MM/yyyy} (or ISO {@code yyyy-MM-dd}). */
    static Optional<LocalDate> day(String typed) {
        String text = typed == null ? "" : typed.strip();
        try {
            return Optional.of(text.contains("/") ? LocalDate.parse(text, DAY) : LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> ordinal(String typed) {
        try {
            int n = Integer.parseInt(typed.strip());
            return n >= 1 && n <= 999 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
