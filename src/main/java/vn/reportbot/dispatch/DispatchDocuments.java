package vn.reportbot.dispatch;

import java.util.Optional;

/** The original files of imported dispatches. */
public interface DispatchDocuments {

    /** The file the dispatch was imported from; empty when it was imported from text (a posted body, a mail's text). */
    Optional<DispatchDocument> original(long dispatchId);
}
