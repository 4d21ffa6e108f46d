package vn.reportbot.cli;

/** The command line's words are off; the message says how to call it. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
