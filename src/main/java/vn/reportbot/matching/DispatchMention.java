package vn.reportbot.matching;

import java.util.List;

import vn.reportbot.dispatch.KnownDispatch;

/**
 * Where a message names a dispatch: {@code where} is "subject", "body" or "attachment name".
 *
 * @param dispatch   the dispatch named; when the number fits several (numbers restart every year), the newest of them
 * @param sameNumber every dispatch of the office the number named fits, newest first: {@code dispatch} alone unless
 *                   several share that number
 */
record DispatchMention(KnownDispatch dispatch, String where, boolean fullNumber, List<KnownDispatch> sameNumber) {

    DispatchMention {
        sameNumber = List.copyOf(sameNumber);
    }

    DispatchMention(KnownDispatch dispatch, String where, boolean fullNumber) {
        this(dispatch, where, fullNumber, List.of(dispatch));
    }

    /** Whether the number fits more than one of the office's dispatches. */
    boolean ambiguous() {
        return sameNumber.size() > 1;
    }
}
