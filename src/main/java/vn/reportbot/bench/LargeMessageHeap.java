package vn.reportbot.bench;

import vn.reportbot.system.JobResult;

/**
 * The heap the message with a large attachment needed, in bytes above what was in use before each step ({@link
 * HeapPeak}): read by {@code MessageReader} from a file; fetched by the bare client; processed by the service's poll
 * job. The last two include the loopback server's share, which runs in the same JVM and serves the message.
 *
 * @param attachmentMb the attachment's size, MiB
 * @param messageBytes the message's size as sent
 */
record LargeMessageHeap(int attachmentMb, long messageBytes, long read, long bareFetch, long poll, JobResult pollResult) {

    static long megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }
}
