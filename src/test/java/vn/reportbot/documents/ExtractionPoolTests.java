package vn.reportbot.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Document extraction cannot take the service down: the pool is bounded, a document past its time limit is really
 * stopped (its thread idle again, burning no CPU), and documents beyond the pool are refused as the service being
 * busy, each with a reason.
 */
class ExtractionPoolTests {

    private static final Duration LIMIT = Duration.ofSeconds(1);
    private static byte[] slow;

    @BeforeAll
    static void craftASlowPdf() throws Exception {
        slow = SlowDocuments.pdf(3_000, 3_000);
    }

    @Test
    void aDocumentPastItsTimeLimitIsRefusedByTheLimitAndItsThreadStops() throws Exception {
        ExtractionPool pool = new ExtractionPool(new DocumentSettings(1, 0, LIMIT, LIMIT));

        long start = System.nanoTime();
        assertThatThrownBy(() -> pool.read("bao-cao.pdf", slow, LIMIT))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("reading took longer than 1 seconds");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).as("the call returns by its limit").isBetween(LIMIT, LIMIT.plusSeconds(2));
        await("the worker is idle again", Duration.ofSeconds(5), () -> pool.active() == 0);
        long[] worker = workerThreads(pool);
        assertThat(worker).as("the one worker thread").hasSize(1);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getThreadCpuTime(worker[0]);
        Thread.sleep(300); // a measurement over time, not a wait for a condition
        long after = threads.getThreadCpuTime(worker[0]);
        assertThat(Duration.ofNanos(Math.max(0, after - before))).as("CPU the stopped worker used over 300 ms")
                .isLessThan(Duration.ofMillis(30));

        assertThat(pool.read("ghi-chu.txt", "Xã Phước Đại báo cáo".getBytes(StandardCharsets.UTF_8), LIMIT).text())
                .as("the same worker reads the next document").isEqualTo("Xã Phước Đại báo cáo\n");
    }

    @Test
    void manySlowDocumentsAtOnceStayWithinThePoolAndEachGetsAReason() throws Exception {
        ExtractionPool pool = new ExtractionPool(new DocumentSettings(2, 2, Duration.ofSeconds(2), Duration.ofSeconds(2)));
        int documents = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(documents);
        List<Future<String>> reasons = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < documents; i++) {
            reasons.add(callers.submit(() -> {
                go.await();
                try {
                    pool.read("bao-cao.pdf", slow, Duration.ofSeconds(2));
                    return "read";
                } catch (UnreadableDocumentException e) {
                    return e.getMessage();
                }
            }));
        }
        go.countDown();
        List<String> got = new ArrayList<>();
        for (Future<String> reason : reasons) {
            got.add(reason.get());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        callers.shutdown();

        assertThat(pool.largestPoolSize()).as("threads ever reading at once").isLessThanOrEqualTo(2);
        assertThat(got).filteredOn(r -> r.startsWith("the service was busy reading other documents (2 at once, 2 waiting)"))
                .as("beyond the 2 readers and the 2 places to wait").hasSize(4);
        assertThat(got).filteredOn(r -> r.equals("reading took longer than 2 seconds")).hasSize(4);
        assertThat(took).as("every caller has its answer by the limit").isLessThan(Duration.ofSeconds(5));
        await("the workers are idle again", Duration.ofSeconds(5), () -> pool.active() == 0);
        assertThat(pool.read("ghi-chu.txt", "Đã xong".getBytes(StandardCharsets.UTF_8), LIMIT).text())
                .isEqualTo("Đã xong\n");
    }

    @Test
    void textRecognitionPastItsTimeIsKilled() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Ocr.available().isPresent(), "Tesseract is not installed");
        byte[] photo = vn.reportbot.ScanMaker.jpeg(vn.reportbot.ScanMaker.PHUOC_DAI_REPORT, 0, 7);
        // a limit no recognition of a photo can keep (on a quiet machine Tesseract read it within the 1 s of the others)
        Duration limit = Duration.ofMillis(50);
        ExtractionPool pool = new ExtractionPool(new DocumentSettings(1, 0, limit, limit));

        assertThatThrownBy(() -> pool.read("IMG_2041.jpg", photo, limit))
                .hasMessage("reading took longer than 0.05 seconds");

        await("no Tesseract process is left", Duration.ofSeconds(5), () -> ProcessHandle.current().descendants()
                .noneMatch(p -> p.info().command().orElse("").endsWith("tesseract")));
        await("the worker is idle again", Duration.ofSeconds(5), () -> pool.active() == 0);
    }

    private static long[] workerThreads(ExtractionPool pool) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(pool.threadNames()) && t.isAlive())
                .mapToLong(Thread::getId).toArray();
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
