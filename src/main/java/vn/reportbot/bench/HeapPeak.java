package vn.reportbot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import jakarta.mail.MessagingException;

/**
 * The most heap some work used, above what was in use when it began: after a full collection, each heap pool's
 * peak is reset, the work runs, and the pools' peaks are added up. Pools peak at different moments, so the sum is an
 * upper bound; it includes garbage not yet collected, which is what a heap must have room for unless it collects
 * sooner.
 */
final class HeapPeak {

    /** Work whose heap is measured. */
    interface Work<T> {
        T run() throws IOException, MessagingException;
    }

    /** What the work returned, and its peak heap above the start, in bytes. */
    record Peak<T>(T result, long bytes) {
        long megabytes() {
            return Math.round(bytes / (1024.0 * 1024.0));
        }
    }

    private HeapPeak() {
    }

    static <T> Peak<T> of(Work<T> work) throws IOException, MessagingException {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        long before = 0;
        for (MemoryPoolMXBean pool : pools) {
            before += pool.getUsage().getUsed();
            pool.resetPeakUsage();
        }
        T result = work.run();
        long peak = 0;
        for (MemoryPoolMXBean pool : pools) {
            peak += pool.getPeakUsage().getUsed();
        }
        return new Peak<>(result, Math.max(0, peak - before));
    }
}
