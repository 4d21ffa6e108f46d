package vn.reportbot.bench;

import java.util.Optional;

import vn.reportbot.system.JobResult;

/**
 * What one bench run measured.
 *
 * @param database      the database the service ran on, as the table names it
 * @param send          the bare SMTP send loop that filled the mailbox
 * @param fetch         the bare IMAP fetch of the same messages
 * @param ingest        the service's {@code poll} job over the same messages, end to end
 * @param recording     the part of it until the last report was recorded
 * @param acknowledging the rest: sending the acknowledgements the reports queued
 * @param poll          what that poll job said it did
 * @param large         the message with a large attachment and the peak heaps measured with it; empty when left out
 */
record BenchResults(BenchOptions options, String database, Measurement send, Measurement fetch, Measurement ingest,
                    Measurement recording, Measurement acknowledging, JobResult poll, Optional<LargeMessageHeap> large) {

    /** Every message was read, matched to its unit and the dispatch, and acknowledged; so was the large one. */
    boolean complete() {
        int n = options.messages();
        return poll.messagesRead() == n && poll.mailsQueued() == n && poll.mailsSent() == n
                && large.map(l -> l.pollResult().messagesRead() == 1).orElse(true);
    }

    double ingestVsRawFetch() {
        return ingest.messagesPerSecond() / fetch.messagesPerSecond();
    }

    double recordingVsRawFetch() {
        return recording.messagesPerSecond() / fetch.messagesPerSecond();
    }

    double acknowledgingVsRawSend() {
        return acknowledging.messagesPerSecond() / send.messagesPerSecond();
    }
}
