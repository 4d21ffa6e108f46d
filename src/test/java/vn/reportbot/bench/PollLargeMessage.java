package vn.reportbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.reportbot.ReportbotApplication;
import vn.reportbot.system.JobResult;

/**
 * Run in a child JVM by {@link LargeMessageIngestIT}: starts the service on the bench's folder, reading the mailbox at
 * the URL given, imports the dispatch, runs one poll and prints what it did. An {@link OutOfMemoryError} ends it
 * with a non-zero status.
 *
 * <p>Arguments: the folder, the directory file, the dispatch file, the mailbox URL, the SMTP port.
 */
final class PollLargeMessage {

    private PollLargeMessage() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        try (ServiceUnderBench service = ServiceUnderBench.start(ReportbotApplication.class, folder, Path.of(args[1]),
                args[3], Integer.parseInt(args[4]))) {
            service.importDispatch(Files.readString(Path.of(args[2])));
            JobResult poll = service.poll();
            System.out.println("read " + poll.messagesRead() + " matched " + poll.mailsQueued() + " sent " + poll.mailsSent());
        }
    }
}
