/**
 * Reading a dispatch (công văn): its plain text in, a {@link vn.reportbot.dispatchtext.ParsedDispatch} out — number
 * and symbol, date and place, issuer, summary line, addressees, numbered tasks
 * ({@link vn.reportbot.dispatchtext.DispatchTask}), reporting mailbox, deadline, cadence
 * ({@link vn.reportbot.dispatchtext.Cadence}), signature and cited documents — with
 * {@link vn.reportbot.dispatchtext.DispatchParser}, which throws
 * {@link vn.reportbot.dispatchtext.DispatchParseException} for a text that is not a dispatch.
 * {@link vn.reportbot.dispatchtext.DispatchNumber} holds the one pattern for document numbers.
 *
 * <p>Pure Java: no Spring, no database, no directory. It uses only {@code vn.reportbot.text}, so {@code parse-dispatch},
 * the service's import and a benchmark share one parser. Which office issued a dispatch, storing it and opening its
 * reporting tasks belong to {@code vn.reportbot.dispatch}. The finders the parser is made of ({@code TaskSplitter},
 * {@code IssuerNamer}, {@code SignatureFinder}, {@code DeadlineFinder}, {@code CadenceFinder}, {@code Lines}) are
 * package-private.
 */
package vn.reportbot.dispatchtext;
