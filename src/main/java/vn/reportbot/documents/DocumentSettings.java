package vn.reportbot.documents;

import java.time.Duration;

/**
 * How documents attached to mail are read ({@code reportbot.documents.*}): at most {@code workers} at once, at most
 * {@code queue} more waiting (beyond that a document is refused as the service being busy), each stopped after
 * {@code timeLimit}, and all the documents of one message together after {@code messageTimeLimit}.
 *
 * @param workers          threads reading documents, at least 1; default 2
 * @param queue            documents that may wait for a thread, at least 0; default 8
 * @param timeLimit        the longest one document is read; default 20 s
 * @param messageTimeLimit the longest the documents of one message are read together; default 60 s
 */
public record DocumentSettings(int workers, int queue, Duration timeLimit, Duration messageTimeLimit) {

    public static final DocumentSettings DEFAULTS = new DocumentSettings(2, 8, Duration.ofSeconds(20),
            Duration.ofSeconds(60));

    public DocumentSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("reportbot.documents.workers must be at least 1, not " + workers);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("reportbot.documents.queue must be 0 or more, not " + queue);
        }
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("reportbot.documents.time-limit must be a positive duration, not "
                    + timeLimit);
        }
        if (messageTimeLimit == null || messageTimeLimit.compareTo(timeLimit) < 0) {
            throw new IllegalArgumentException("reportbot.documents.message-time-limit must be at least"
                    + " reportbot.documents.time-limit (" + timeLimit + "), not " + messageTimeLimit);
        }
    }
}
