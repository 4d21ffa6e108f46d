package vn.reportbot.dispatch;

import java.time.LocalDate;
import java.util.List;

import vn.reportbot.dispatchtext.Cadence;
import vn.reportbot.dispatchtext.DispatchTask;

/**
 * What a person corrects in a dispatch the parser read wrongly, or changes in its life; a null part is left as it is.
 *
 * @param subject     the summary line (trích yếu) without {@code V/v}, or null
 * @param setDeadline whether to set the deadline to {@code deadline} (which may be null: no deadline)
 * @param tasks       the numbered tasks, replacing all of them, or null
 * @param closing     to close or reopen the dispatch, or null
 * @param setCadence  whether to set the cadence to {@code cadence} (which may be null: a one-off dispatch)
 * @param by          the login of the person who corrects it (recorded in the audit log), or null when not known
 * @param number      the dispatch's number as printed ({@code 454/UBND-NCTH}), for one imported without it or read
 *                    wrongly, or null
 */
public record DispatchCorrection(String subject, boolean setDeadline, LocalDate deadline, List<DispatchTask> tasks,
                                 Closing closing, boolean setCadence, Cadence cadence, String by, String number) {

    /** A correction that leaves the number as it is. */
    public DispatchCorrection(String subject, boolean setDeadline, LocalDate deadline, List<DispatchTask> tasks,
                              Closing closing, boolean setCadence, Cadence cadence, String by) {
        this(subject, setDeadline, deadline, tasks, closing, setCadence, cadence, by, null);
    }

    /**
     * Closing the dispatch ({@code closed} true) from a day on ({@code on}; null: today), or reopening it.
     *
     * @param by the login of the person who does it, or null when it is not known
     */
    public record Closing(boolean closed, LocalDate on, String by) {

        public static Closing today(String by) {
            return new Closing(true, null, by);
        }

        public static Closing from(LocalDate on, String by) {
            return new Closing(true, on, by);
        }

        public static Closing reopen(String by) {
            return new Closing(false, null, by);
        }
    }

    /** A correction that leaves the dispatch's life and cadence as they are. */
    public DispatchCorrection(String subject, boolean setDeadline, LocalDate deadline, List<DispatchTask> tasks) {
        this(subject, setDeadline, deadline, tasks, null);
    }

    /** A correction that leaves the cadence as it is, by whoever closes or reopens it (or nobody known). */
    public DispatchCorrection(String subject, boolean setDeadline, LocalDate deadline, List<DispatchTask> tasks,
                              Closing closing) {
        this(subject, setDeadline, deadline, tasks, closing, false, null, closing == null ? null : closing.by());
    }

    public DispatchCorrection {
        if (number != null && number.isBlank()) {
            throw new IllegalArgumentException("number must not be blank");
        }
        if (subject != null && subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        if (tasks != null) {
            for (DispatchTask task : tasks) {
                if (task.ordinal() < 1 || task.text() == null || task.text().isBlank()) {
                    throw new IllegalArgumentException("each task needs an ordinal of 1 or more and a text");
                }
            }
            if (tasks.stream().map(DispatchTask::ordinal).distinct().count() < tasks.size()) {
                throw new IllegalArgumentException("two tasks have the same ordinal");
            }
            tasks = List.copyOf(tasks);
        }
        if (cadence != null) {
            if (cadence.frequency() == null) {
                throw new IllegalArgumentException("a cadence needs a frequency: DAILY, WEEKLY, MONTHLY, QUARTERLY or"
                        + " ONGOING");
            }
            if (cadence.dayOfMonth() != null && (cadence.dayOfMonth() < 1 || cadence.dayOfMonth() > 31)) {
                throw new IllegalArgumentException("a cadence's dayOfMonth must be from 1 to 31");
            }
        }
        if (!setCadence && cadence != null) {
            throw new IllegalArgumentException("a cadence is given only with setCadence");
        }
    }

    /** Whether it changes what was read of the dispatch (its subject, deadline, tasks or cadence). */
    boolean changesParsedPart() {
        return subject != null || setDeadline || tasks != null || setCadence || number != null;
    }
}
