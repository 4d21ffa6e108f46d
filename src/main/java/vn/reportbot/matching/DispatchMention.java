package vn.reportbot.matching;

import vn.reportbot.dispatch.KnownDispatch;

/** Where a message names a dispatch: {@code where} is "subject", "body" or "attachment name". */
record DispatchMention(KnownDispatch dispatch, String where, boolean fullNumber) {
}
