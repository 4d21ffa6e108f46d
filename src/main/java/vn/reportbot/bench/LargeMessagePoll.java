package vn.reportbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.reportbot.system.JobResult;

/**
 * The service taking in what waits in a mailbox, in a JVM of its own ({@link ChildJvm}), so that its {@code -Xmx} is a
 * real limit and the mail server's memory does not count: starts the service on a folder, reading the mailbox at the
 * URL given, imports the dispatch, runs one poll and prints what it did ({@code read N matched N sent N}) and the
 * poll's peak heap above what was in use before it ({@code peak_bytes N}, {@link HeapPeak}). Run by {@link
 * SmallestHeap}. Started with {@code -XX:+ExitOnOutOfMemoryError}, an {@link OutOfMemoryError} ends it with a non-zero
 * status.
 *
 * <p>Arguments: the Spring Boot application class, the folder, the directory file, the dispatch file, the mailbox
 * URL, the SMTP port.
 */
final class LargeMessagePoll {

    private LargeMessagePoll() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> application = Class.forName(args[0], true, Thread.currentThread().getContextClassLoader());
        Path folder = Path.of(args[1]);
        try (ServiceUnderBench service = ServiceUnderBench.start(application, folder, Path.of(args[2]), args[4],
                Integer.parseInt(args[5]))) {
            service.importDispatch(Files.readString(Path.of(args[3])));
            HeapPeak.Peak<JobResult> poll = HeapPeak.of(service::poll);
            JobResult result = poll.result();
            System.out.println("read " + result.messagesRead() + " matched " + result.mailsQueued() + " sent "
                    + result.mailsSent());
            System.out.println("peak_bytes " + poll.bytes());
        }
    }
}
