package vn.reportbot.documents;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads documents on a bounded pool of threads ({@link DocumentSettings}): at most {@code workers} at once and
 * {@code queue} waiting; a document beyond those is refused at once as the service being busy, and one that runs
 * past its time limit is really stopped: its thread is interrupted, every reading loop checks the limit
 * ({@link TimeLimit}) and a text recognition process is killed, and its caller waits a moment for that, so the thread
 * is free again for the next document. A place in the pool is given back only when its reading has ended: a reading
 * that would not stop keeps its place, and the pool never grows past its bound.
 * A document that would take the whole JVM down (out of memory) is refused with a reason; the service stays up.
 *
 * <p>Thread-safe; its threads are daemons and end after a minute idle.
 */
public final class ExtractionPool {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ExtractionPool.class);
    private static final AtomicInteger POOLS = new AtomicInteger();
    /** How long a document past its limit is given to stop before its caller goes on without waiting. */
    private static final Duration STOPPING = Duration.ofSeconds(2);

    private final DocumentSettings settings;
    private final String threadNames;
    private final ThreadPoolExecutor workers;
    /** Places for documents being read or waiting: one is given back only once its reading has really ended. */
    private final Semaphore places;
    private final DocumentTextReader reader = new DocumentTextReader();

    public ExtractionPool(DocumentSettings settings) {
        this.settings = settings;
        this.threadNames = "document-text-" + POOLS.incrementAndGet() + "-";
        this.places = new Semaphore(settings.workers() + settings.queue());
        AtomicInteger threads = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, threadNames + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        workers.allowCoreThreadTimeOut(true);
    }

    public DocumentSettings settings() {
        return settings;
    }

    /**
     * The document's text, read within {@code limit} (at most the settings' time limit).
     *
     * @throws UnreadableDocumentException the text cannot be read, the pool is full ("the service was busy …"), or
     *                                     the limit passed ({@link UnreadableDocumentException.OutOfTime}: "reading
     *                                     took longer than N seconds"); the message says which
     */
    public DocumentText read(String fileName, byte[] bytes, Duration limit) {
        Duration within = limit.compareTo(settings.timeLimit()) < 0 ? limit : settings.timeLimit();
        if (!places.tryAcquire()) {
            throw new UnreadableDocumentException("the service was busy reading other documents ("
                    + settings.workers() + " at once, " + settings.queue() + " waiting)");
        }
        Reading reading = new Reading(fileName, bytes, within);
        Future<DocumentText> result = workers.submit(reading);
        try {
            return result.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.stop(result);
            throw new UnreadableDocumentException.OutOfTime(within);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new UnreadableDocumentException("the document needs more memory than the service has");
            }
            throw new UnreadableDocumentException("the document cannot be opened (" + cause + ")", cause);
        } catch (InterruptedException e) {
            reading.stop(result);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("interrupted");
        }
    }

    /** How many documents are being read now. */
    public int active() {
        return workers.getActiveCount();
    }

    /** The most threads the pool has had at once: never more than {@link DocumentSettings#workers}. */
    public int largestPoolSize() {
        return workers.getLargestPoolSize();
    }

    /** How this pool's threads' names start. */
    String threadNames() {
        return threadNames;
    }

    /** One document's reading: started once at most, and its place given back when it has really ended. */
    private final class Reading implements Callable<DocumentText> {

        private final String fileName;
        private final byte[] bytes;
        private final Duration within;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CountDownLatch ended = new CountDownLatch(1);

        Reading(String fileName, byte[] bytes, Duration within) {
            this.fileName = fileName;
            this.bytes = bytes;
            this.within = within;
        }

        @Override
        public DocumentText call() {
            if (!claimed.compareAndSet(false, true)) {
                return null; // given up while it waited: its place is already back
            }
            try {
                return TimeLimit.within(within, () -> reader.readText(fileName, bytes));
            } finally {
                places.release();
                ended.countDown();
            }
        }

        /** Stops the reading: never to start if it waits, else interrupted and waited for a moment. */
        void stop(Future<DocumentText> result) {
            result.cancel(true);
            if (claimed.compareAndSet(false, true)) {
                places.release();
                return;
            }
            try {
                if (!ended.await(STOPPING.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("Reading {} did not stop within {} s of its time limit; its thread is still busy", fileName,
                            STOPPING.toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
