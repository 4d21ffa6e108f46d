package vn.reportbot.web;

import org.springframework.util.unit.DataSize;

/** A dispatch's text longer than {@code reportbot.dispatch-text-limit}: refused with 413, never read to its end. */
class TextTooLargeException extends RuntimeException {

    private final DataSize limit;

    TextTooLargeException(DataSize limit) {
        super("the dispatch text is larger than " + limit.toKilobytes() + " KB; send at most that much, or the"
                + " dispatch as a file (multipart/form-data, field file)");
        this.limit = limit;
    }

    DataSize limit() {
        return limit;
    }
}
