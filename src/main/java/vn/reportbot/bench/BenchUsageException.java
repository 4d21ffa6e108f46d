package vn.reportbot.bench;

/** The {@code bench} command's words are off; the message says how to call it. */
public final class BenchUsageException extends IllegalArgumentException {
    BenchUsageException(String message) {
        super(message);
    }
}
