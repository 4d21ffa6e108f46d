package vn.reportbot.documents;

import java.time.Duration;

/**
 * The time limit of the document being read on this thread, checked by the reading loops (pages, paragraphs, rows,
 * sheets, archive parts, text recognition): past it, or once the thread is interrupted, the reading stops with a
 * reason instead of going on in the background after its caller gave up. A thread with no limit set is stopped by
 * interruption only.
 */
final class TimeLimit {

    private static final ThreadLocal<Deadline> DEADLINE = new ThreadLocal<>();

    /** When the reading on this thread must end ({@link System#nanoTime}), and the limit that set it. */
    private record Deadline(long at, Duration limit) {
    }

    private TimeLimit() {
    }

    /** Runs {@code reading} on this thread with {@code limit}, then clears it. */
    static <T> T within(Duration limit, java.util.function.Supplier<T> reading) {
        DEADLINE.set(new Deadline(System.nanoTime() + limit.toNanos(), limit));
        try {
            return reading.get();
        } finally {
            DEADLINE.remove();
        }
    }

    /**
     * @throws UnreadableDocumentException the thread was interrupted, or the limit has passed ({@link
     *                                     UnreadableDocumentException.OutOfTime}, as when its caller stops waiting)
     */
    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new UnreadableDocumentException("reading stopped: interrupted");
        }
        Deadline deadline = DEADLINE.get();
        if (deadline != null && System.nanoTime() - deadline.at() > 0) {
            throw new UnreadableDocumentException.OutOfTime(deadline.limit());
        }
    }

    /** At most {@code seconds}, and no more than the limit leaves (at least one second). */
    static long seconds(long seconds) {
        Deadline deadline = DEADLINE.get();
        if (deadline == null) {
            return seconds;
        }
        long left = Duration.ofNanos(deadline.at() - System.nanoTime()).toSeconds();
        return Math.max(1, Math.min(seconds, left));
    }
}
