package vn.reportbot.dispatch;

import java.time.LocalDate;
import java.util.List;

import vn.reportbot.dispatchtext.DispatchTask;

/**
 * What a person corrects in a dispatch the parser read wrongly; a null part is left as it is.
 *
 * @param subject     the summary line (trích yếu) without {@code V/v}, or null
 * @param setDeadline whether to set the deadline to {@code deadline} (which may be null: no deadline)
 * @param tasks       the numbered tasks, replacing all of them, or null
 */
public record DispatchCorrection(String subject, boolean setDeadline, LocalDate deadline, List<DispatchTask> tasks) {

    public DispatchCorrection {
        if (subject != null && subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        if (tasks != null) {
            for (DispatchTask task : tasks) {
                if (task.ordinal() < 1 || task.text() == null || task.text().isBlank()) {
                    throw new IllegalArgumentException("each task needs an ordinal of 1 or more and a text");
                }
            }
            tasks = List.copyOf(tasks);
        }
    }
}
